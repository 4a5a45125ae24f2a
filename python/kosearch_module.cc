// kosearch._kosearch, the extension of the `kosearch` Python package
// (python/kosearch/__init__.py): the library's indexing, search and questions
// as plain Python objects (dicts with the same keys as `kosearch-query --json`),
// and its errors (Status) as Python exceptions carrying the same messages.
//
//   import kosearch
//   with kosearch.Index("news.db") as idx:
//       idx.add(id="a1", title="…", body="…", date="2025-10-31", source="아주경제")
//       idx.commit()
//       idx.ask("what did SK say about Omniverse")["results"][0]["speaker"]  # "최태원"
//
// Thread-safety: an Index serialises its own calls (a mutex), and releases
// the GIL while the library works, so other Python threads keep running.
#include <pybind11/eval.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <array>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "kosearch/format.h"
#include "kosearch/index.h"
#include "kosearch/question.h"
#include "kosearch/schema_files.h"
#include "kosearch/search.h"
#include "kosearch/status.h"
#include "kosearch/version.h"

namespace py = pybind11;

namespace {

// Exception classes, defined in Python at import (see PYBIND11_MODULE below),
// indexed by Status::Code. Borrowed from the module, which is never unloaded.
std::array<PyObject*, 8> g_error_classes{};

// A Python str from UTF-8 the library produced; a stray invalid byte becomes
// U+FFFD instead of failing the whole call.
py::str Str(std::string_view s) {
  PyObject* o = PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "replace");
  if (o == nullptr) throw py::error_already_set();
  return py::reinterpret_steal<py::str>(o);
}

// Raises the Python exception for a failing Status (GIL must be held).
[[noreturn]] void Raise(const kosearch::Status& status) {
  size_t i = static_cast<size_t>(status.code());
  PyObject* cls = i < g_error_classes.size() && g_error_classes[i] ? g_error_classes[i] : PyExc_RuntimeError;
  PyErr_SetObject(cls, Str(status.message()).ptr());
  throw py::error_already_set();
}

template <typename T>
T Check(kosearch::Result<T>&& result) {
  if (!result.ok()) Raise(result.status());
  return std::move(result).value();
}

void Check(const kosearch::Status& status) {
  if (!status.ok()) Raise(status);
}

// The same keys and values as the hit objects of `kosearch-query --json`
// (one table: kosearch::HitFields).
py::dict HitToDict(const kosearch::Hit& h) {
  py::dict d;
  for (const kosearch::HitField& f : kosearch::HitFields(h)) {
    if (const auto* text = std::get_if<std::string>(&f.value)) d[f.key] = Str(*text);
    else if (const auto* number = std::get_if<double>(&f.value)) d[f.key] = *number;
    else d[f.key] = std::get<bool>(f.value);
  }
  return d;
}

py::list HitsToList(const std::vector<kosearch::Hit>& hits) {
  py::list out;
  for (const auto& h : hits) out.append(HitToDict(h));
  return out;
}

py::list StrList(const std::vector<std::string>& v) {
  py::list out;
  for (const auto& s : v) out.append(Str(s));
  return out;
}

// {"total", "results", "facets"} and, for a question (always for ask()),
// "understood" (None when the text was not a question) and "closest".
py::dict ResponseToDict(const kosearch::SearchResponse& r, bool with_understood, bool explain) {
  py::dict d;
  d["total"] = r.total;
  d["results"] = HitsToList(r.hits);
  py::dict facets;
  for (const auto& [name, counts] : r.facets) {
    py::dict values;  // most frequent first: dicts keep insertion order
    for (const auto& c : counts) values[Str(c.value)] = c.count;
    facets[Str(name)] = values;
  }
  d["facets"] = facets;
  if (r.is_question) {
    const kosearch::Understanding& u = r.understood;
    py::dict understood;
    understood["speaker"] = Str(u.speaker);
    understood["topic"] = Str(u.topic);
    py::list expansions = StrList(u.speaker_expansions);
    for (const auto& e : u.topic_expansions) expansions.append(Str(e));
    understood["expansions"] = expansions;
    understood["speaker_expansions"] = StrList(u.speaker_expansions);
    understood["topic_expansions"] = StrList(u.topic_expansions);
    understood["asks_who"] = u.asks_who;
    understood["event"] = Str(u.event);
    understood["phrases"] = StrList(u.phrases);
    understood["filters"] = StrList(u.filters);
    understood["speakers"] = StrList(u.speakers);
    understood["speaker_resolution"] = Str(u.speaker_resolution);
    understood["read_through_quotes"] = Str(u.read_through_quotes);
    understood["read_by"] = u.read_by == kosearch::SpeakerReadBy::kSound       ? "sound"
                            : u.read_by == kosearch::SpeakerReadBy::kQuoteKeys ? "quote_keys"
                                                                                 : "";
    understood["summary"] = Str(u.Summary(r.hits.size()));
    d["understood"] = understood;
    d["closest"] = HitsToList(r.closest);
  } else if (with_understood) {
    d["understood"] = py::none();
    d["closest"] = py::list();
  }
  if (explain) d["xapian_query"] = Str(r.xapian_query);
  return d;
}

const char* OutcomeName(kosearch::AddOutcome o) {
  switch (o) {
    case kosearch::AddOutcome::kAdded: return "added";
    case kosearch::AddOutcome::kReplaced: return "replaced";
    case kosearch::AddOutcome::kUnchanged: return "unchanged";
  }
  return "added";
}

// One database, opened lazily: the writer (and its lock) at the first
// add/delete/commit, the searcher at the first search. Each search and count
// reads the latest commit (its own or another process's).
class Index {
 public:
  // The schema folder is resolved here, so that a missing one fails at once.
  Index(std::string path, const std::string& schema_dir, size_t commit_every, bool extract_fields, bool positions,
        bool append_only)
      : path_(std::move(path)) {
    options_.schema_dir = Check(kosearch::FindSchemaDir(schema_dir));
    options_.commit_every = commit_every;
    options_.extract_fields = extract_fields;
    options_.positions = positions;
    options_.append_only = append_only;
  }

  std::string Add(const std::string& id, const std::string& body, const std::string& title, const std::string& date,
                  const std::string& source, const std::string& url) {
    kosearch::Article article{id, title, date, source, url, body, "python:" + id};
    kosearch::Status failed;
    kosearch::AddOutcome outcome{};
    {
      py::gil_scoped_release nogil;
      std::lock_guard lock(mu_);
      failed = OpenWriter();
      if (failed.ok()) {
        auto added = writer_->Add(article);
        if (added.ok()) outcome = *added;
        else failed = added.status();
      }
    }
    Check(failed);
    return OutcomeName(outcome);
  }

  py::dict AddFiles(const std::vector<std::string>& inputs) {
    std::vector<std::string> errors;
    kosearch::Status failed;
    kosearch::IndexSummary summary;
    {
      py::gil_scoped_release nogil;
      std::lock_guard lock(mu_);
      failed = OpenWriter();
      if (failed.ok()) {
        auto result = kosearch::IndexInputs(
            *writer_, inputs, [&](const std::string& e) { errors.push_back(e); }, {});
        if (result.ok()) summary = *result;
        else failed = result.status();
        searcher_.reset();  // IndexInputs commits
      }
    }
    Check(failed);
    py::dict d;
    d["added"] = summary.added;
    d["replaced"] = summary.replaced;
    d["unchanged"] = summary.unchanged;
    d["errors"] = summary.errors;
    d["error_messages"] = StrList(errors);
    d["seconds"] = summary.seconds;
    return d;
  }

  void Delete(const std::string& id) {
    kosearch::Status failed;
    {
      py::gil_scoped_release nogil;
      std::lock_guard lock(mu_);
      failed = OpenWriter();
      if (failed.ok()) failed = writer_->Delete(id);
    }
    Check(failed);
  }

  void Commit() {
    kosearch::Status failed;
    {
      py::gil_scoped_release nogil;
      std::lock_guard lock(mu_);
      failed = OpenWriter();
      if (failed.ok()) failed = writer_->Commit();
      searcher_.reset();
    }
    Check(failed);
  }

  // Commits and releases the database (and its write lock). Idempotent.
  void Close() {
    kosearch::Status failed;
    {
      py::gil_scoped_release nogil;
      std::lock_guard lock(mu_);
      if (writer_) failed = writer_->Commit();
      writer_.reset();
      searcher_.reset();
    }
    Check(failed);
  }

  py::dict Search(const std::string& query, size_t limit, size_t offset, const std::string& sort,
                  const std::vector<std::string>& facets, bool explain, bool with_understood) {
    if (sort != "relevance" && sort != "date") {
      Raise(kosearch::Status::InvalidArgument("sort must be \"relevance\" or \"date\", not \"" + sort + "\""));
    }
    kosearch::SearchOptions options;
    options.limit = limit;
    options.offset = offset;
    options.sort_by_date = sort == "date";
    options.facets = facets;
    kosearch::Status failed;
    kosearch::SearchResponse response;
    {
      py::gil_scoped_release nogil;
      std::lock_guard lock(mu_);
      failed = OpenSearcher();
      if (failed.ok()) {
        auto result = searcher_->Search(query, options);
        if (result.ok()) response = std::move(result).value();
        else failed = result.status();
      }
    }
    Check(failed);
    return ResponseToDict(response, with_understood, explain);
  }

  uint64_t ArticleCount() {
    kosearch::Status failed;
    uint64_t count = 0;
    {
      py::gil_scoped_release nogil;
      std::lock_guard lock(mu_);
      if (writer_) {
        count = writer_->ArticleCount();
      } else {
        failed = OpenSearcher();
        if (failed.ok()) count = searcher_->ArticleCount();
      }
    }
    Check(failed);
    return count;
  }

  const std::string& path() const { return path_; }
  const std::string& schema_dir() const { return options_.schema_dir; }

 private:
  kosearch::Status OpenWriter() {
    if (writer_) return kosearch::Status::Ok();
    auto opened = kosearch::IndexWriter::Open(path_, options_);
    if (!opened.ok()) return opened.status();
    writer_ = std::move(opened).value();
    return kosearch::Status::Ok();
  }

  // Opens the searcher, or moves an open one to the latest commit: other
  // processes may have committed since the last search or count.
  kosearch::Status OpenSearcher() {
    if (searcher_) return searcher_->Reopen();
    kosearch::DatabaseSpec spec;
    if (kosearch::Status s = spec.AddLocation(path_); !s.ok()) return s;
    kosearch::SearcherOptions searcher_options;
    searcher_options.schema_dir = options_.schema_dir;
    auto opened = kosearch::Searcher::Open(spec, searcher_options);
    if (!opened.ok()) return opened.status();
    searcher_ = std::move(opened).value();
    return kosearch::Status::Ok();
  }

  std::string path_;
  kosearch::IndexOptions options_;
  std::mutex mu_;
  std::unique_ptr<kosearch::IndexWriter> writer_;
  std::unique_ptr<kosearch::Searcher> searcher_;
};

// Python side of the error hierarchy: kosearch.Error (a RuntimeError) and one
// subclass per Status code; InvalidArgumentError is also a ValueError.
constexpr const char* kErrorClasses = R"(
class Error(RuntimeError):
    """A kosearch library error; str(e) is the library's one-line message."""
    code = "internal"

class InvalidArgumentError(Error, ValueError):
    """Malformed input: a bad query (the message names the offending part) or article."""
    code = "invalid_argument"

class NotFoundError(Error):
    """A file or database does not exist."""
    code = "not_found"

class IOError(Error):
    """Reading or writing failed (not the built-in OSError)."""
    code = "io_error"

class CorruptionError(Error):
    """Stored data cannot be decoded."""
    code = "corruption"

class LockedError(Error):
    """Another writer holds the database's write lock."""
    code = "locked"

class VersionMismatchError(Error):
    """The database was written by another schema version."""
    code = "version_mismatch"

class InternalError(Error):
    """A bug or an unexpected library error."""
    code = "internal"
)";

}  // namespace

PYBIND11_MODULE(_kosearch, m) {
  m.doc() = "kosearch: Korean news search on Xapian; indexes articles and answers who-said-what questions.";
  m.attr("__version__") = kosearch::kVersion;

  py::exec(kErrorClasses, m.attr("__dict__"));
  using Code = kosearch::Status::Code;
  auto set_class = [&](Code code, const char* name) {
    py::object cls = m.attr(name);
    g_error_classes[static_cast<size_t>(code)] = cls.inc_ref().ptr();
  };
  set_class(Code::kOk, "InternalError");
  set_class(Code::kInvalidArgument, "InvalidArgumentError");
  set_class(Code::kNotFound, "NotFoundError");
  set_class(Code::kIOError, "IOError");
  set_class(Code::kCorruption, "CorruptionError");
  set_class(Code::kLocked, "LockedError");
  set_class(Code::kVersionMismatch, "VersionMismatchError");
  set_class(Code::kInternal, "InternalError");

  py::class_<Index>(m, "Index", R"(A kosearch database at `path` (a folder).

Nothing is opened until used: the first add/add_files/delete/commit opens it
for writing (creating it, and taking the write lock until close()); the first
search/ask opens it for reading (NotFoundError when it does not exist).
Added articles become visible to search after commit(). Usable as a context
manager: leaving the `with` block commits and closes. `positions` and
`append_only` choose the layout of a new database (see IndexOptions).
`schema_dir` is the folder holding aliases.tsv and ner/model.bin (default:
the one installed with the package, see kosearch.default_schema_dir());
NotFoundError when it holds no schema.)")
      .def(py::init<std::string, std::string, size_t, bool, bool, bool>(), py::arg("path"), py::kw_only(),
           py::arg("schema_dir") = "", py::arg("commit_every") = 200, py::arg("extract_fields") = true,
           py::arg("positions") = false, py::arg("append_only") = false)
      .def_property_readonly("path", &Index::path)
      .def_property_readonly("schema_dir", &Index::schema_dir, "The schema folder in use.")
      .def("add", &Index::Add, py::kw_only(), py::arg("id"), py::arg("body"), py::arg("title") = "",
           py::arg("date") = "", py::arg("source") = "", py::arg("url") = "",
           R"(Indexes one article (replacing one with the same id). Returns "added",
"replaced" or "unchanged". An empty title is derived from the body; date is
"YYYY-MM-DD" or "". Raises InvalidArgumentError for an article with no id or
no text.)")
      .def(
          "add_files",
          [](Index& self, py::object inputs) {
            std::vector<std::string> paths;
            if (py::isinstance<py::str>(inputs) || py::hasattr(inputs, "__fspath__")) {
              paths.push_back(py::str(inputs));
            } else {
              for (auto item : inputs) paths.push_back(py::str(item));
            }
            return self.AddFiles(paths);
          },
          py::arg("inputs"),
          R"(Indexes .txt files, folders (recursively) and JSONL archives, then
commits. `inputs` is one path or a list of paths. Returns {"added",
"replaced", "unchanged", "errors", "error_messages", "seconds"}: bad records
are listed as "file:line: reason" and skipped. Raises NotFoundError when an
input does not exist (before anything is written).)")
      .def("delete", &Index::Delete, py::arg("id"), "Deletes the article `id` and its quotes (NotFoundError if absent).")
      .def("commit", &Index::Commit, "Makes everything added so far durable and visible to search().")
      .def("close", &Index::Close, "Commits and releases the database and its write lock.")
      .def(
          "search",
          [](Index& self, const std::string& query, size_t limit, size_t offset, const std::string& sort,
             const std::vector<std::string>& facets, bool explain) {
            return self.Search(query, limit, offset, sort, facets, explain, false);
          },
          py::arg("query"), py::kw_only(), py::arg("limit") = 10, py::arg("offset") = 0,
          py::arg("sort") = "relevance", py::arg("facets") = std::vector<std::string>{}, py::arg("explain") = false,
          R"(Runs a query in the kosearch query language (a who-said-what question is
answered with quotes). Returns {"total", "results": [dict, ...], "facets"}
(plus "understood" and "closest" for a question), keys as in
`kosearch-query --json`. sort: "relevance" or "date"; facets: names among
"speaker", "org", "person", "source", "year". Raises InvalidArgumentError
with the library's message for a malformed query.)")
      .def(
          "ask",
          [](Index& self, const std::string& question, size_t limit) {
            return self.Search(question, limit, 0, "relevance", {}, false, true);
          },
          py::arg("question"), py::kw_only(), py::arg("limit") = 10,
          R"(Asks a who-said-what question ("what did SK say about Omniverse",
"SK는 옴니버스에 대해 뭐라고 했나"). Returns what search() returns, always with
"understood" (None when the text is not a question: then the results are an
ordinary search's) and "closest".)")
      .def("article_count", &Index::ArticleCount,
           "Number of articles: committed, or also pending ones once this Index writes.")
      .def("__enter__", [](Index& self) -> Index& { return self; }, py::return_value_policy::reference)
      .def("__exit__", [](Index& self, py::args) { self.Close(); })
      .def("__repr__", [](const Index& self) { return "kosearch.Index(" + py::repr(Str(self.path())).cast<std::string>() + ")"; });

  m.def(
      "parse_question",
      [](const std::string& text) -> py::object {
        kosearch::Question q = kosearch::ParseQuestion(text);
        if (!q.is_question) return py::none();
        py::dict d;
        d["speaker"] = Str(q.speaker);
        d["topic"] = Str(q.topic);
        return d;
      },
      py::arg("text"),
      R"(The parse of a who-said-what question: {"speaker", "topic"} as asked, or
None when `text` is not a question.)");
}
