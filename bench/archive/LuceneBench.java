// Lucene 8 baseline for the archive benchmark (bench/archive/run.py), built
// with javac against Debian's liblucene8-java at run time.
//
//   java LuceneBench index DIR FILE.jsonl   index id (stored), title and body
//                                           with CJKAnalyzer (body not stored)
//   java LuceneBench search DIR QUERIES     two warm-up passes, then one timed
//                                           pass; prints {"open_ms","zero_hits","errors","ms":[...]}
//
// Queries go through the classic QueryParser over title and body (default
// OR, as a Lucene user gets), top 10 by BM25.
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

public class LuceneBench {
  // The string fields of one flat JSON object (our corpus: strings only).
  static String[] fields(String line, String... names) {
    String[] out = new String[names.length];
    int i = 0, n = line.length();
    while (i < n) {
      int q = line.indexOf('"', i);
      if (q < 0) break;
      StringBuilder key = new StringBuilder();
      i = readString(line, q + 1, key);
      int colon = line.indexOf(':', i);
      int v = colon + 1;
      while (v < n && line.charAt(v) == ' ') v++;
      if (v < n && line.charAt(v) == '"') {
        StringBuilder val = new StringBuilder();
        i = readString(line, v + 1, val);
        for (int k = 0; k < names.length; k++) if (names[k].contentEquals(key)) out[k] = val.toString();
      } else {
        i = v;
        while (i < n && line.charAt(i) != ',' && line.charAt(i) != '}') i++;
      }
      i++;
    }
    return out;
  }

  static int readString(String s, int i, StringBuilder out) {
    while (i < s.length()) {
      char c = s.charAt(i++);
      if (c == '"') return i;
      if (c != '\\') { out.append(c); continue; }
      char e = s.charAt(i++);
      switch (e) {
        case 'n': out.append('\n'); break;
        case 't': out.append('\t'); break;
        case 'r': out.append('\r'); break;
        case 'b': out.append('\b'); break;
        case 'f': out.append('\f'); break;
        case 'u': out.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; break;
        default: out.append(e);
      }
    }
    return i;
  }

  public static void main(String[] args) throws Exception {
    Analyzer analyzer = new CJKAnalyzer();
    if (args[0].equals("index")) {
      IndexWriterConfig config = new IndexWriterConfig(analyzer);
      config.setRAMBufferSizeMB(64);
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      long n = 0;
      try (IndexWriter writer = new IndexWriter(FSDirectory.open(Paths.get(args[1])), config);
           BufferedReader in = Files.newBufferedReader(Paths.get(args[2]), StandardCharsets.UTF_8)) {
        for (String line; (line = in.readLine()) != null; ) {
          String[] f = fields(line, "id", "title", "body");
          Document doc = new Document();
          doc.add(new StringField("id", f[0], Field.Store.YES));
          doc.add(new TextField("title", f[1] == null ? "" : f[1], Field.Store.YES));
          doc.add(new TextField("body", f[2], Field.Store.NO));
          writer.updateDocument(new Term("id", f[0]), doc);  // re-indexing replaces
          n++;
        }
        writer.commit();
      }
      System.err.println("indexed " + n + " articles");
      return;
    }
    List<String> queries = Files.readAllLines(Paths.get(args[2]), StandardCharsets.UTF_8);
    long t0 = System.nanoTime();
    DirectoryReader reader = DirectoryReader.open(FSDirectory.open(Paths.get(args[1])));
    IndexSearcher searcher = new IndexSearcher(reader);
    double openMs = (System.nanoTime() - t0) / 1e6;
    QueryParser parser = new MultiFieldQueryParser(new String[] {"title", "body"}, analyzer);
    List<Double> ms = new ArrayList<>();
    int zero = 0, errors = 0;
    for (int pass = 0; pass < 3; pass++) {  // two warm-up passes: JIT and caches
      for (String q : queries) {
        if (q.isEmpty()) continue;
        long a = System.nanoTime();
        try {
          Query query = parser.parse(QueryParser.escape(q));
          TopDocs top = searcher.search(query, 10);
          for (int i = 0; i < top.scoreDocs.length; i++) searcher.doc(top.scoreDocs[i].doc).get("id");
          if (pass == 2) {
            ms.add((System.nanoTime() - a) / 1e6);
            if (top.scoreDocs.length == 0) zero++;
          }
        } catch (Exception e) {
          if (pass == 2) { errors++; ms.add((System.nanoTime() - a) / 1e6); }
        }
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(String.format("{\"open_ms\": %.3f, \"zero_hits\": %d, \"errors\": %d, \"ms\": [", openMs, zero, errors));
    for (int i = 0; i < ms.size(); i++) out.append(i > 0 ? ", " : "").append(String.format("%.4f", ms.get(i)));
    System.out.println(out.append("]}"));
  }
}
