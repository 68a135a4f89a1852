# Sourced by the benchmarks that run Hugo, Debian's package, as the static-site peer (issue 18): sets hugo= to its
# path, installing it with apt-get where it is missing and the machine allows, or leaves hugo empty (the peer's rows
# are left out, with a note) where it cannot be had.
hugo=$(command -v hugo || true)
if [ -z "$hugo" ] && command -v apt-get >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq hugo >/dev/null 2>&1 || true
  elif command -v sudo >/dev/null; then sudo -n apt-get install -y -qq hugo >/dev/null 2>&1 || true; fi
  hugo=$(command -v hugo || true)
fi
[ -n "$hugo" ] || echo "Hugo is not installed and could not be (apt-get install hugo): its peer rows are left out" >&2

# hugo_site DIR: an empty Hugo site in DIR whose one layout writes a page the way a promise page is written (title,
# then the text as HTML), with nothing else (no RSS, sitemap or taxonomies: ssla writes none of those either).
hugo_site() {
  mkdir -p "$1/layouts/_default" "$1/content"
  printf 'baseURL = "https://peer.invalid/"\ntitle = "peer"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n' >"$1/hugo.toml"
  printf '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>\n' \
    | tee "$1/layouts/_default/single.html" >"$1/layouts/_default/list.html"
}

# hugo_pages_like SITE DIR: one Markdown page in the Hugo site DIR for each HTML page of the built ssla SITE, holding
# that page's visible text, so Hugo builds as many pages with as much text as ssla's pages stage (but no images).
hugo_pages_like() {
  python3 - "$1" "$2/content" <<'PY'
import html.parser, pathlib, sys
site, content = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
class Text(html.parser.HTMLParser):
    def __init__(self): super().__init__(); self.parts, self.skip = [], 0
    def handle_starttag(self, tag, attrs): self.skip += tag in ("script", "style")
    def handle_endtag(self, tag): self.skip -= tag in ("script", "style")
    def handle_data(self, data):
        if not self.skip and data.strip(): self.parts.append(data.strip())
for page in site.rglob("*.html"):
    text = Text(); text.feed(page.read_text(encoding="utf-8"))
    # index.html becomes a section's _index.md: a plain index.md would make its folder one page with the rest as files.
    relative = page.relative_to(site)
    target = content / relative.with_name("_index.md" if relative.stem == "index" else relative.stem + ".md")
    target.parent.mkdir(parents=True, exist_ok=True)
    title = text.parts[0].replace('"', "'") if text.parts else page.stem
    target.write_text(f'---\ntitle: "{title}"\n---\n' + "\n\n".join(text.parts[1:]) + "\n", encoding="utf-8")
PY
}
