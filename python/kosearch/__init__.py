"""kosearch: Korean news search on Xapian; indexes articles and answers
who-said-what questions.

    import kosearch
    with kosearch.Index("news.db") as idx:
        idx.add_files("corpus/")
        idx.ask("what did SK say about Omniverse")["results"][0]["speaker"]  # "최태원"

The extension (kosearch._kosearch) holds the library; this file finds the
schema folder (aliases.tsv, ner/model.bin) the package was installed with.
"""
import os

from ._kosearch import *  # noqa: F401,F403  (Index, Error and its subclasses, parse_question)
from ._kosearch import Index as _Index, __version__  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
# Where `cmake --install` puts the schema folder, relative to this package
# (filled in by python/CMakeLists.txt).
_CMAKE_INSTALLED_SCHEMA = "@KOSEARCH_PYTHON_TO_SCHEMA@"


def default_schema_dir():
    """The schema folder an Index uses unless given one: the package's own
    (pip install, or a link to the source tree's in a build folder), else the
    one `cmake --install` put beside it, else "" (the library then looks
    beside itself and in the configured install prefix)."""
    for candidate in (os.path.join(_HERE, "schema"), os.path.join(_HERE, _CMAKE_INSTALLED_SCHEMA)):
        if os.path.isfile(os.path.join(candidate, "aliases.tsv")):
            return os.path.normpath(candidate)
    return ""


class Index(_Index):
    __doc__ = _Index.__doc__

    def __init__(self, path, *, schema_dir=None, **options):
        super().__init__(os.fspath(path), schema_dir=os.fspath(schema_dir) if schema_dir else default_schema_dir(),
                         **options)
