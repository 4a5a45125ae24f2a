#!/usr/bin/env python3
"""kosearch-server's page in a real headless chromium (DevTools protocol over
a pipe, tests/cdp_browser.py).

Types "what did SK say about Omniverse" and sees 최태원 (with SK그룹) and his
quote (the one /api/search gives); types 대통령, sees timeline bars, clicks a
speaker facet and sees only that speaker's quotes, as many as the facet said;
pages on; and shows an article titled <img src=x onerror=alert(1)> (POSTed
through the API) as text: no element made of it, no dialog. Saves a
screenshot of the SK/Omniverse answer as server-sk-omniverse.png in the --docs
folder (CTest: build/tests/screenshots; the README's picture in docs/ is copied
from there by hand, so a test run never changes the source tree). Exit 77 (skipped) only when no chromium can be found or installed."""
import json, pathlib, re, subprocess, sys, tempfile

import server_common as sc
import cdp_browser

TOKEN = "kosearch-browser-token-1234567"
XSS_TITLE = "<img src=x onerror=alert(1)>"
XSS_ARTICLE = {"id": "xss-1", "title": XSS_TITLE, "date": "2024-05-01", "source": "<b>시험</b>",
               "body": "달무리섬 주민들은 새 여객선 항로가 열렸다고 밝혔다. <script>alert(2)</script> 섬 주민 대표는 "
                       "\"<img src=y onerror=alert(3)>뱃길이 열려 다행이다\"라고 말했다."}


def ensure_chromium():
    binary = cdp_browser.find_chromium()
    if binary:
        return binary
    # The set-up script installs it (apt); try once, as it would.
    script = pathlib.Path(__file__).resolve().parent.parent / "scripts" / "install-deps.sh"
    subprocess.run(["bash", str(script)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cdp_browser.find_chromium()


def search_in_page(b, text, ready_before):
    b.evaluate("document.getElementById('q').focus(); document.getElementById('q').select()")
    b.type_text(text)
    b.press_enter()
    return b.wait_for(f"Number(document.body.dataset.ready || 0) > {ready_before} && Number(document.body.dataset.ready)")


def ask_sk(b, s, c, docs):
    api = json.loads(s.request("GET", "/api/search", {"q": "what did SK say about Omniverse"})[2])
    c.check(api["total"] >= 1 and api["results"][0]["speaker"] == "최태원", f"API answer {api['results'][:1]}")
    ready = search_in_page(b, "what did SK say about Omniverse", 0)
    groups = b.evaluate("[...document.querySelectorAll('#answers .speaker-group')].map(g => "
                        "({name: g.querySelector('h3').textContent, quotes: [...g.querySelectorAll('blockquote')].map(q => q.textContent)}))")
    c.check(len(groups) >= 1 and groups[0]["name"].startswith("최태원") and "SK그룹" in groups[0]["name"], f"answer groups {groups}")
    quote = api["results"][0]["text"]
    c.check(any(quote in q for q in groups[0]["quotes"]), f"quote {quote!r} not shown in {groups[0]['quotes']}")
    c.check(b.evaluate("document.querySelectorAll('#answers mark').length") > 0, "no highlighted word in the answer")
    c.check("최태원" in b.evaluate("document.getElementById('facets').textContent"), "no speaker facet for the question")
    if docs:
        pathlib.Path(docs).mkdir(exist_ok=True)
        b.evaluate("document.activeElement.blur()")  # no blinking caret: the same page gives the same picture
        b.screenshot(str(pathlib.Path(docs) / "server-sk-omniverse.png"))
    return ready


def facets_timeline_paging(b, s, c, ready):
    ready = search_in_page(b, "대통령", ready)
    bars = b.evaluate("document.querySelectorAll('#chart svg rect.bar').length")
    c.check(bars > 0 and not b.evaluate("document.getElementById('timeline').hidden"), f"timeline bars: {bars}")
    c.check(b.evaluate("document.querySelectorAll('#results .hit').length") == 10, "first page of 대통령 is not 10 hits")
    facet = b.evaluate("(() => { const f = document.querySelector('.facet[data-facet=speaker] button'); "
                       "return {value: f.dataset.value, count: Number(f.querySelector('.count').textContent)}; })()")
    b.click("document.querySelector('.facet[data-facet=speaker] button')")
    ready = b.wait_for(f"Number(document.body.dataset.ready || 0) > {ready} && Number(document.body.dataset.ready)")
    speakers = b.evaluate("[...document.querySelectorAll('#results .hit .speaker strong')].map(s => s.textContent)")
    shown = b.evaluate("document.querySelectorAll('#results .hit').length")
    # An organization's or role's facet value is labelled ("청와대 (organization)"); the hits show the name.
    facet_name = re.sub(r" \((organization|role)\)$", "", facet["value"]).replace(" ", "")
    # speaker:"X" finds X's quotes under every spelling of X (청와대 → 청와대 관계자 too): as many as the API says.
    filtered = json.loads(s.request("GET", "/api/search", {"q": b.evaluate("document.getElementById('q').value")})[2])
    c.check(shown == min(10, filtered["total"]) and shown >= 1 and len(speakers) == shown
            and all(facet_name in sp.replace(" ", "") for sp in speakers),
            f"after clicking {facet}: {shown} hits, speakers {speakers}")
    c.check(filtered["total"] >= facet["count"], f"the filter finds fewer quotes than its facet count: {facet}")
    c.check(f'speaker:"{facet["value"]}"' in b.evaluate("document.getElementById('q').value"), "filter not in the search box")
    c.check(b.evaluate("document.getElementById('filters').textContent").count("speaker:") == 1, "filter chip missing")
    # Paging: the second page of 대통령 starts at 11.
    ready = search_in_page(b, "대통령", ready)
    first = b.evaluate("[...document.querySelectorAll('#results .hit')].map(h => h.dataset.id)")
    b.click("[...document.querySelectorAll('#pager button')].pop()")
    ready = b.wait_for(f"Number(document.body.dataset.ready || 0) > {ready} && Number(document.body.dataset.ready)")
    second = b.evaluate("[...document.querySelectorAll('#results .hit')].map(h => h.dataset.id)")
    c.check(len(second) == 10 and not set(first) & set(second), f"page 2: {second}")
    c.check(b.evaluate("document.querySelector('#pager .page').textContent").startswith("11–20"), "pager text")
    return ready


def hostile_article(b, c, ready):
    ready = search_in_page(b, "달무리섬", ready)
    titles = b.evaluate("[...document.querySelectorAll('#results .hit .title')].map(t => t.textContent)")
    c.check(titles == [XSS_TITLE], f"hostile title shown as {titles}")
    c.check(b.evaluate("document.querySelectorAll('#results img, #results script, #results b, #answers img').length") == 0,
            "an element was made of article text")
    ready = search_in_page(b, "who said 뱃길", ready)
    quotes = b.evaluate("[...document.querySelectorAll('#answers blockquote')].map(q => q.textContent)")
    c.check(any("<img src=y onerror=alert(3)>" in q for q in quotes), f"hostile quote shown as {quotes}")
    c.check(b.evaluate("document.querySelectorAll('main img').length") == 0, "an <img> appeared in the page")
    c.check(not b.dialogs(), f"a dialog opened: {b.dialogs()}")
    return ready


def main():
    args = sc.parse_args(__doc__)
    chromium = ensure_chromium()
    if not chromium:
        print("SKIP: chromium is not installed and scripts/install-deps.sh could not install it")
        return 77
    c = sc.Checks()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = pathlib.Path(tmp_name)
        db = tmp / "db"
        sc.index_corpus(args.index, args.corpus, db)
        (tmp / "token").write_text(TOKEN)
        with sc.Server(args.server, "--db", db, "--token-file", tmp / "token") as s:
            status, _, body = s.request("POST", "/api/articles", body=json.dumps(XSS_ARTICLE).encode(),
                                        headers={"Authorization": "Bearer " + TOKEN})
            c.check(status == 200 and json.loads(body)["added"] == 1, f"POST hostile article: {body!r}")
            b = cdp_browser.Browser(chromium)
            try:
                b.open_page()
                b.navigate(f"http://127.0.0.1:{s.port}/")
                ready = ask_sk(b, s, c, args.docs)
                ready = facets_timeline_paging(b, s, c, ready)
                hostile_article(b, c, ready)
            finally:
                b.close()
    return c.done("server_browser")


if __name__ == "__main__":
    sys.exit(main())
