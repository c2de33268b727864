#!/usr/bin/env python3
"""Turns a synthetic site made by the generator's `bench --dir DIR` command into an equivalent
Hugo (0.111) site, for a like-for-like build-time comparison (README, "Compared with Hugo"):

    python3 scripts/hugo-site.py BENCH_DIR HUGO_DIR        # needs PyYAML (Debian: python3-yaml)
    hugo --quiet -s HUGO_DIR -d OUT                        # absolute paths: -d is read against -s

The templates are written as a Hugo user would (partialCached, GroupByParam once, GetPage), so
that neither side is slowed by naive templates. Kept for the benchmark only; not part
of the generator or its tests.

What it mirrors (see themes/vungcao/templates/*.peb):
  /                      home: 6 newest news, all campaigns, all schools, 6 waiting children
  /tin-tuc/              news list, 10 a page, /tin-tuc/trang/N/
  /tin-tuc/<slug>/       one page per news post (date prefix dropped from the file name)
  /the/ , /the/<tag>/    tag index and one paginated list per tag (taxonomy "the")
  /truong/ , /truong/<slug>/      schools list, school page (its waiting children, news, campaigns)
  /tre-em/ , /tre-em/<code>/      waiting children (one unpaginated page), one page per child
  /chien-dich/ , /chien-dich/<slug>/
  /<page>/               content/pages/*.md, in the menu
  /tra-cuu/, /offline/, /404.html, /hoi-dap/ (only when there is a faq/ folder)
Hugo adds a redirect page at <list>/trang/1/ for every paginated list; it cannot be turned off.

Templates are written the way a competent Hugo user would: nothing scans all pages per page.
Per-school / per-campaign lists come from GroupByParam maps built once (partialCached
"data/*.html", indexed by slug); header/footer/asset links and slug-keyed look-ups
(site.GetPage for a school or campaign) are partialCached; news cards are cached per post
and heading level (the same card is on the news list and on every tag page).
/index.xml holds the 20 newest news posts (like the generator's feed.xml, not every page),
and /sitemap.xml leaves out noindex pages (like the generator's sitemap.xml).
"""
import shutil
import sys
from pathlib import Path

import yaml

THEME = Path(__file__).resolve().parent.parent / "themes" / "vungcao"  # read only: i18n words, css, js, icons

KNOWN = {"news", "children", "schools", "campaigns", "pages", "faq"}


def read(md: Path):
    text = md.read_text(encoding="utf-8")
    if not text.startswith("---"):
        return {}, text
    _, fm, body = text.split("---", 2)
    return (yaml.safe_load(fm) or {}), body.lstrip("\n")


def write(path: Path, fm: dict, body: str = ""):
    path.parent.mkdir(parents=True, exist_ok=True)
    dumped = yaml.safe_dump(fm, allow_unicode=True, sort_keys=False, default_flow_style=None)
    path.write_text("---\n" + dumped + "---\n" + body, encoding="utf-8")


def news_slug(stem: str) -> str:
    parts = stem.split("-", 3)
    if len(parts) == 4 and all(p.isdigit() for p in parts[:3]):
        return parts[3]
    return stem


def convert_content(src: Path, dst: Path, cfg: dict):
    c = src / "content"
    out = dst / "content"
    for d in sorted(p for p in c.iterdir() if p.is_dir()):
        if d.name not in KNOWN:
            print(f"warning: skipping unknown folder content/{d.name}", file=sys.stderr)

    write(out / "_index.md", {"title": cfg.get("title", ""), "description": cfg.get("description", "")})

    # news -> /tin-tuc/<slug>/, tags -> taxonomy "the"
    write(out / "tin-tuc" / "_index.md", {"title": "Tin tức", "description": "Tin tức của câu lạc bộ."})
    for md in sorted((c / "news").glob("*.md")):
        fm, body = read(md)
        slug = news_slug(md.stem)
        new = {"title": fm["title"], "date": fm["date"], "slug": slug}
        if fm.get("summary"):
            new["summary"] = fm["summary"]
            new["description"] = fm["summary"]
        new["the"] = list(fm.get("tags") or [])
        for k in ("school", "campaign", "cover"):
            if fm.get(k) is not None:
                new[k] = fm[k]
        new["type_og"] = "article"
        write(out / "tin-tuc" / f"{slug}.md", new, body)

    # children -> /tre-em/<code lower>/
    write(out / "tre-em" / "_index.md", {"title": "Các em đang chờ người nuôi",
                                         "description": "Mỗi em cần 160.000 ₫ mỗi tháng cho bữa trưa ở trường bán trú.",
                                         "noindex": True})
    for md in sorted((c / "children").glob("*.md")):
        fm, body = read(md)
        code = str(fm.get("code") or md.stem)
        new = {"title": f"{code} · {fm.get('name', '')}",
               "description": f"Hồ sơ của em {fm.get('name', '')} (mã {code}).",
               "noindex": True, "code": code}
        for k in ("name", "birth_year", "school", "grade", "status", "sponsored_since", "photo"):
            if fm.get(k) is not None:
                new[k] = fm[k]
        write(out / "tre-em" / f"{code.lower()}.md", new, body)

    # schools -> /truong/<slug>/
    write(out / "truong" / "_index.md", {"title": "Các điểm trường",
                                         "description": "Những điểm trường câu lạc bộ đã và đang xây ở vùng cao Thanh Hóa."})
    for md in sorted((c / "schools").glob("*.md")):
        fm, body = read(md)
        new = {"title": fm.get("name", md.stem)}
        new.update({k: v for k, v in fm.items() if v is not None})
        write(out / "truong" / f"{md.stem}.md", new, body)

    # campaigns -> /chien-dich/<slug>/
    write(out / "chien-dich" / "_index.md", {"title": "Chiến dịch",
                                             "description": "Các chiến dịch gây quỹ của câu lạc bộ."})
    for md in sorted((c / "campaigns").glob("*.md")):
        fm, body = read(md)
        write(out / "chien-dich" / f"{md.stem}.md", {k: v for k, v in fm.items() if v is not None}, body)

    # pages -> /<slug>/ ; `menu: N` becomes a Hugo menu entry (after the fixed section entries)
    pages = []
    for md in sorted((c / "pages").glob("*.md")):
        fm, body = read(md)
        pages.append((fm.get("menu"), md.stem, fm, body))
    pages.sort(key=lambda p: (p[0] if p[0] is not None else 10**9, p[1]))
    for i, (menu, slug, fm, body) in enumerate(pages):
        new = {"title": fm.get("title", slug)}
        if menu is not None:
            new["menu"] = {"main": {"weight": 100 + i}}
        if slug == "cach-nuoi-em":
            new["donate"] = True
        write(out / f"{slug}.md", new, body)

    # faq (the bench sites have none): one /hoi-dap/ page listing every question
    has_faq = (c / "faq").is_dir() and any((c / "faq").glob("*.md"))
    if has_faq:
        write(out / "hoi-dap" / "_index.md", {"title": "Hỏi đáp"})
        for md in sorted((c / "faq").glob("*.md")):
            fm, body = read(md)
            write(out / "hoi-dap" / f"{md.stem}.md",
                  {"title": fm.get("question", md.stem), "anchor": md.stem,
                   "_build": {"render": "never", "list": "local"}}, body)

    write(out / "tra-cuu.md", {"title": "Tra cứu", "layout": "lookup",
                               "description": "Tìm một em theo mã số, hoặc tìm tin tức, điểm trường, chiến dịch."})
    write(out / "offline.md", {"title": "Bạn đang ngoại tuyến", "layout": "offline", "noindex": True})
    write(out / "the" / "_index.md", {"title": "Chủ đề", "description": "Tin tức theo chủ đề."})
    return has_faq


def config(cfg: dict, has_faq: bool) -> str:
    menu = [("Tin tức", "/tin-tuc/"), ("Trường", "/truong/"), ("Nuôi em", "/tre-em/"),
            ("Chiến dịch", "/chien-dich/"), ("Tra cứu", "/tra-cuu/")]
    if has_faq:
        menu.append(("Hỏi đáp", "/hoi-dap/"))
    per = int(cfg.get("news_per_page", 10))
    lines = [
        f'baseURL = "{cfg.get("base_url", "https://example.org/")}"',
        f'title = "{cfg.get("title", "")}"',
        'languageCode = "vi"',
        'defaultContentLanguage = "vi"',
        f"paginate = {per}",
        'paginatePath = "trang"',
        "removePathAccents = true",
        "enableRobotsTXT = true",
        "disableHugoGeneratorInject = true",
        'timeZone = "Asia/Ho_Chi_Minh"',
        "",
        "[taxonomies]",
        '  tag = "the"',
        "",
        "[outputs]",
        '  home = ["HTML", "RSS"]',
        '  section = ["HTML"]',
        '  taxonomy = ["HTML"]',
        '  term = ["HTML"]',
        '  page = ["HTML"]',
        "",
        "[params]",
        f'  description = "{cfg.get("description", "")}"',
        f"  nuoiEmVnd = {int(cfg.get('nuoi_em_vnd', 160000))}",
        "",
    ]
    for i, (name, url) in enumerate(menu):
        lines += ["[[menu.main]]", f'  name = "{name}"', f'  url = "{url}"', f"  weight = {i + 1}", ""]
    return "\n".join(lines)


def i18n() -> str:
    """The theme's Vietnamese words, flattened to group_key, {0}/{1} -> {{ .A }}/{{ .B }}."""
    words = yaml.safe_load((THEME / "i18n" / "vi.yml").read_text(encoding="utf-8"))
    flat = {}
    for group, entries in words.items():
        for key, text in entries.items():
            text = str(text).replace("{0}", "{{ .A }}").replace("{1}", "{{ .B }}")
            flat[f"{group}_{key}".replace(".", "_")] = text
    return yaml.safe_dump(flat, allow_unicode=True, sort_keys=True, width=10**6)


LAYOUTS = {
# Idiomatic version: the shared header/footer/asset links are partialCached; look-ups that
# the old templates did with `where` over all pages on every page are now computed once
# (GroupByParam -> map slug -> pages, partialCached) and indexed by slug; site.GetPage
# results that depend only on a slug (school link/name, campaign link) are partialCached
# per slug; news cards (same card on the news list and on every tag page) are cached per
# news post and heading level.
"_default/baseof.html": r'''<!doctype html>
<html lang="{{ site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} · {{ site.Title }}{{ end }}</title>
{{- $desc := .Description | default site.Params.description }}
<meta name="description" content="{{ $desc }}">
{{ if .Params.noindex }}<meta name="robots" content="noindex, nofollow">
{{ end -}}
<link rel="canonical" href="{{ .Permalink }}">
<meta property="og:site_name" content="{{ site.Title }}">
<meta property="og:title" content="{{ .Title }}">
<meta property="og:description" content="{{ $desc }}">
<meta property="og:url" content="{{ .Permalink }}">
<meta property="og:type" content="{{ .Params.type_og | default "website" }}">
{{ partialCached "head-static.html" . }}
<meta name="twitter:title" content="{{ .Title }}">
<meta name="twitter:description" content="{{ $desc }}">
{{ partialCached "head-static2.html" . }}
{{ if and .IsPage (eq .Section "tin-tuc") -}}
{{ $org := partialCached "data/org.html" . -}}
<script type="application/ld+json">{{ dict "@context" "https://schema.org" "@type" "NewsArticle" "headline" .Title "description" $desc "url" .Permalink "mainEntityOfPage" .Permalink "inLanguage" "vi" "datePublished" (.Date.Format "2006-01-02T15:04:05-07:00") "image" (slice ("icons/share.png" | absURL)) "author" $org "publisher" $org | jsonify | safeJS }}</script>
{{ end -}}
{{ partialCached "head-assets.html" . }}
{{ block "head" . }}{{ end }}
</head>
<body>
<a class="skip-link" href="#noi-dung">{{ T "nav_skip" }}</a>
{{- /* Only list pages and root pages can be the target of a menu entry: cache the header per such URL, once for everything else. */}}
{{- $here := "" }}{{ if or (not .IsPage) (eq .Section "") }}{{ $here = .RelPermalink }}{{ end }}
{{ partialCached "header.html" $here $here }}
<main id="noi-dung" class="wrap">
{{ block "main" . }}{{ end }}
</main>
{{ partialCached "footer.html" . }}
</body>
</html>
''',

# ---------- partials: site-wide, cached once ----------
"partials/head-static.html": r'''<meta property="og:locale" content="vi_VN">
<meta property="og:image" content="{{ "icons/share.png" | absURL }}">
<meta property="og:image:width" content="1200">
<meta property="og:image:height" content="630">
<meta property="og:image:alt" content="{{ site.Title }}">
<meta name="twitter:card" content="summary_large_image">''',
"partials/head-static2.html": r'''<meta name="twitter:image" content="{{ "icons/share.png" | absURL }}">''',
"partials/head-assets.html": r'''<meta name="theme-color" content="#1f5f3f">
{{ $css := resources.Get "css/site.css" | fingerprint "sha256" -}}
<link rel="stylesheet" href="{{ $css.RelPermalink }}">
<link rel="icon" type="image/png" sizes="192x192" href="{{ "icons/icon-192.png" | relURL }}">
<link rel="apple-touch-icon" href="{{ "icons/icon-192.png" | relURL }}">
{{ with site.Home.OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" title="{{ site.Title }}" href="{{ .RelPermalink }}">
{{ end -}}
{{ range slice "js/site.js" "js/core.js" }}{{ $js := resources.Get . | fingerprint "sha256" }}<script src="{{ $js.RelPermalink }}" defer></script>
{{ end -}}''',
"partials/header.html": r'''<header class="site-header">
  <div class="wrap">
    <a class="brand" href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a>
    <nav aria-label="{{ T "nav_main" }}">
      <ul class="menu">
{{- $here := . }}
{{- range site.Menus.main }}
        <li><a href="{{ .URL }}"{{ if eq .URL $here }} aria-current="page"{{ end }}>{{ .Name }}</a></li>
{{- end }}
      </ul>
    </nav>
  </div>
</header>''',
"partials/footer.html": r'''<footer class="site-footer">
  <div class="wrap">
    <p><strong>{{ site.Title }}</strong>. {{ site.Params.description }}</p>
    <ul class="contact">
{{ with site.Home.OutputFormats.Get "rss" }}      <li><a href="{{ .RelPermalink }}">{{ T "footer_feed" }}</a></li>
{{ end }}    </ul>
  </div>
</footer>''',
"partials/data/org.html": r'''{{ return dict "@type" "NGO" "name" site.Title "url" site.Home.Permalink "logo" (dict "@type" "ImageObject" "url" ("icons/icon-512.png" | absURL) "width" 512 "height" 512) }}''',
"partials/donate-cta.html": r'''<p class="cta">{{ T "news_cta" }} <a href="{{ with site.GetPage "/cach-nuoi-em" }}{{ .RelPermalink }}{{ else }}/tre-em/{{ end }}">{{ T "home_cta" (dict "A" (partial "money.html" site.Params.nuoiEmVnd)) }}</a></p>''',
"partials/child-cta-text.html": r'''{{ T "child_waiting" (dict "A" (partial "money.html" site.Params.nuoiEmVnd)) }}''',
"partials/child-how.html": r'''{{ with site.GetPage "/cach-nuoi-em" }} <a href="{{ .RelPermalink }}">{{ T "child_how" }}</a>{{ end }}''',

# ---------- partials: data, computed once (partialCached) and indexed by slug ----------
"partials/data/waiting.html": r'''{{ return sort (where (site.GetPage "/tre-em").RegularPages "Params.status" "waiting") "Params.code" }}''',
"partials/data/schools.html": r'''{{ return sort (site.GetPage "/truong").RegularPages "Params.started" }}''',
"partials/data/group.html": r'''{{/* (dict "pages" P "param" K) -> map: param value -> pages with it, in P's order */}}
{{- $s := newScratch }}
{{- with where .pages (printf "Params.%s" .param) "!=" nil }}{{ range .GroupByParam $.param }}{{ $s.SetInMap "m" (string .Key) .Pages }}{{ end }}{{ end }}
{{- return $s.Get "m" | default dict }}''',
"partials/data/waiting-by-school.html": r'''{{ return partial "data/group.html" (dict "pages" (partialCached "data/waiting.html" "waiting") "param" "school") }}''',
"partials/data/news-by-school.html": r'''{{ return partial "data/group.html" (dict "pages" (site.GetPage "/tin-tuc").RegularPages.ByDate.Reverse "param" "school") }}''',
"partials/data/news-by-campaign.html": r'''{{ return partial "data/group.html" (dict "pages" (site.GetPage "/tin-tuc").RegularPages "param" "campaign") }}''',
"partials/data/campaigns-by-school.html": r'''{{ return partial "data/group.html" (dict "pages" (site.GetPage "/chien-dich").RegularPages "param" "school") }}''',

# ---------- partials: small pieces (callers use partialCached keyed by their argument) ----------
"partials/vndate.html": r'''{{ $t := time.AsTime . }}<time datetime="{{ $t.Format "2006-01-02" }}">{{ $t.Format "2" }} tháng {{ $t.Format "1" }}, {{ $t.Format "2006" }}</time>''',
"partials/vnmonth.html": r'''{{ $t := time.AsTime . }}<time datetime="{{ $t.Format "2006-01-02" }}">tháng {{ $t.Format "1" }}, {{ $t.Format "2006" }}</time>''',
"partials/money.html": r'''{{ lang.FormatNumberCustom 0 . "- , ." }} ₫''',
"partials/status.html": r'''{{ T (printf "status_%s_%s" .kind .status) }}''',
"partials/school-link.html": r'''{{ with . }}{{ with site.GetPage (printf "/truong/%s" .) }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ end }}''',
"partials/school-name.html": r'''{{ with . }}{{ with site.GetPage (printf "/truong/%s" .) }}{{ .Title }}{{ end }}{{ end }}''',
"partials/campaign-link.html": r'''{{ with site.GetPage (printf "/chien-dich/%s" .) }} · <a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}''',
"partials/news-card.html": r'''<article class="card">
  {{ printf "<h%d class=\"card-title\">" .level | safeHTML }}<a href="{{ .item.RelPermalink }}">{{ .item.Title }}</a>{{ printf "</h%d>" .level | safeHTML }}
  <p class="meta">{{ partial "vndate.html" .item.Date }}</p>
{{ with .item.Params.summary }}  <p>{{ . }}</p>
{{ end }}</article>
''',
"partials/child-card.html": r'''<article class="card child-card">
  {{ printf "<h%d class=\"card-title\">" .level | safeHTML }}<a href="{{ .item.RelPermalink }}">{{ .item.Params.name }}</a> <span class="code">{{ .item.Params.code }}</span>{{ printf "</h%d>" .level | safeHTML }}
  <ul class="facts">
{{ with .item.Params.birth_year }}    <li>{{ T "child_born" (dict "A" .) }}</li>
{{ end }}{{ with .item.Params.grade }}    <li>{{ T "child_inGrade" (dict "A" .) }}</li>
{{ end }}{{ with .item.Params.school }}{{ with partialCached "school-name.html" . . }}    <li>{{ . }}</li>
{{ end }}{{ end }}  </ul>
</article>
''',
"partials/school-card.html": r'''<article class="card">
  {{ printf "<h%d class=\"card-title\">" .level | safeHTML }}<a href="{{ .item.RelPermalink }}">{{ .item.Title }}</a>{{ printf "</h%d>" .level | safeHTML }}
  <p class="meta">{{ delimit (slice .item.Params.commune .item.Params.district) ", " }}</p>
{{ with .item.Params.status }}  <p class="badge status-{{ . }}">{{ partialCached "status.html" (dict "kind" "school" "status" .) "school" . }}</p>
{{ end }}</article>
''',
"partials/progress.html": r'''{{ with .Params.goal_vnd }}{{ $raised := $.Params.raised_vnd | default 0 }}{{ $pct := div (mul $raised 100) . }}
<div class="progress">
  <p>{{ T "campaign_raised" }} <strong>{{ partial "money.html" $raised }}</strong> / {{ partial "money.html" . }} ({{ $pct }}%)</p>
  <div class="bar" role="progressbar" aria-label="{{ T "campaign_progress" }}" aria-valuemin="0" aria-valuemax="100" aria-valuenow="{{ $pct }}"><span style="width: {{ $pct }}%"></span></div>
</div>
{{ end }}''',
"partials/campaign-card.html": r'''<article class="card campaign-card">
  {{ printf "<h%d class=\"card-title\">" .level | safeHTML }}<a href="{{ .item.RelPermalink }}">{{ .item.Title }}</a>{{ printf "</h%d>" .level | safeHTML }}
{{ with .item.Params.status }}  <p class="badge status-{{ . }}">{{ partialCached "status.html" (dict "kind" "campaign" "status" .) "campaign" . }}</p>
{{ end }}  <p>{{ .item.Plain | truncate 200 }}</p>
{{ partial "progress.html" .item }}
</article>
''',
"partials/pagination.html": r'''{{ $p := .Paginator }}{{ if gt $p.TotalPages 1 }}
<nav class="pagination" aria-label="{{ T "pagination_label" }}">
{{ with $p.Prev }}  <a rel="prev" href="{{ .URL }}">← {{ T "pagination_newer" }}</a>
{{ end }}  <ul>
{{ range $p.Pagers }}    <li>{{ if eq .PageNumber $p.PageNumber }}<span aria-current="page">{{ .PageNumber }}</span>{{ else }}<a href="{{ .URL }}">{{ .PageNumber }}</a>{{ end }}</li>
{{ end }}  </ul>
{{ with $p.Next }}  <a rel="next" href="{{ .URL }}">{{ T "pagination_older" }} →</a>
{{ end }}</nav>
{{ end }}''',

# ---------- home ----------
"index.html": r'''{{ define "main" }}
{{ $waiting := partialCached "data/waiting.html" "waiting" }}
<section class="hero">
  <h1>{{ site.Title }}</h1>
  <p class="lead">{{ site.Params.description }}</p>
  <p class="cta"><a class="button" href="/tre-em/">{{ T "home_cta" (dict "A" (partial "money.html" site.Params.nuoiEmVnd)) }}</a></p>
{{ with len $waiting }}{{ if gt . 0 }}  <p>{{ T "home_waiting" (dict "A" .) }}</p>
{{ end }}{{ end }}</section>

<section aria-labelledby="tin-moi">
  <h2 id="tin-moi">{{ T "home_news" }}</h2>
  <div class="grid">
{{ range first 6 (site.GetPage "/tin-tuc").RegularPages.ByDate.Reverse }}{{ partialCached "news-card.html" (dict "item" . "level" 3) .RelPermalink 3 }}{{ end }}
  </div>
  <p><a href="/tin-tuc/">{{ T "home_allNews" }} →</a></p>
</section>
{{ with (site.GetPage "/chien-dich").RegularPages }}
<section aria-labelledby="chien-dich">
  <h2 id="chien-dich">{{ T "menu_campaigns" }}</h2>
  <div class="grid">
{{ range sort . "Params.status" }}{{ partial "campaign-card.html" (dict "item" . "level" 3) }}{{ end }}
  </div>
</section>
{{ end }}
{{ with partialCached "data/schools.html" "schools" }}
<section aria-labelledby="diem-truong">
  <h2 id="diem-truong">{{ T "schools_title" }}</h2>
  <div class="grid">
{{ range . }}{{ partial "school-card.html" (dict "item" . "level" 3) }}{{ end }}
  </div>
</section>
{{ end }}
{{ with $waiting }}
<section aria-labelledby="cac-em">
  <h2 id="cac-em">{{ T "home_children" }}</h2>
  <div class="grid">
{{ range first 6 . }}{{ partial "child-card.html" (dict "item" . "level" 3) }}{{ end }}
  </div>
  <p><a href="/tre-em/">{{ T "home_allChildren" }} →</a></p>
</section>
{{ end }}
{{ end }}
''',

# ---------- news ----------
"tin-tuc/list.html": r'''{{ define "main" }}
<h1>{{ .Title }}</h1>
<p><a href="/the/">{{ T "news_byTopic" }}</a></p>
<div class="list">
{{ $pag := .Paginate .Pages.ByDate.Reverse }}
{{ range $pag.Pages }}{{ partialCached "news-card.html" (dict "item" . "level" 2) .RelPermalink 2 }}{{ else }}  <p>{{ T "news_none" }}</p>
{{ end }}
</div>
{{ partial "pagination.html" . }}
{{ end }}
''',
"tin-tuc/single.html": r'''{{ define "main" }}
<article class="post">
  <header>
    <h1>{{ .Title }}</h1>
    <p class="meta">{{ partial "vndate.html" .Date }}
{{ with .Params.school }} · {{ partialCached "school-link.html" . . }}{{ end }}
{{ with .Params.campaign }}{{ partialCached "campaign-link.html" . . }}{{ end }}
    </p>
  </header>
  <div class="prose">
{{ .Content }}
  </div>
{{ with .GetTerms "the" }}  <p class="tags">{{ T "news_tags" }}{{ range . }} <a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</p>
{{ end }}</article>
{{ partialCached "donate-cta.html" . }}
<nav class="post-nav" aria-label="{{ T "news_other" }}">
{{ with .NextInSection }}  <a rel="next" href="{{ .RelPermalink }}">← {{ .Title }}</a>
{{ end }}{{ with .PrevInSection }}  <a rel="prev" href="{{ .RelPermalink }}">{{ .Title }} →</a>
{{ end }}</nav>
{{ end }}
''',
# Home feed: the 20 newest news posts (as the generator's feed.xml), not every page of the site.
"_default/rss.xml": r'''{{- printf "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>" | safeHTML }}
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>{{ site.Title }}</title>
    <link>{{ .Permalink }}</link>
    <description>{{ site.Params.description }}</description>
    <language>{{ site.LanguageCode }}</language>
    {{ with .OutputFormats.Get "RSS" }}{{ printf "<atom:link href=%q rel=\"self\" type=%q />" .Permalink .MediaType.Type | safeHTML }}{{ end }}
{{- range first 20 (site.GetPage "/tin-tuc").RegularPages.ByDate.Reverse }}
    <item>
      <title>{{ .Title }}</title>
      <link>{{ .Permalink }}</link>
      <guid>{{ .Permalink }}</guid>
      <pubDate>{{ .Date.Format "Mon, 02 Jan 2006 15:04:05 -0700" | safeHTML }}</pubDate>
{{- range .Params.the | uniq }}
      <category>{{ . }}</category>
{{- end }}
      <description>{{ .Params.summary }}</description>
    </item>
{{- end }}
  </channel>
</rss>
''',
# Sitemap without the noindex pages (children, the waiting list, offline), as the generator's.
"_default/sitemap.xml": r'''{{- printf "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>" | safeHTML }}
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{{- range .Data.Pages }}{{ if and .Permalink (not .Params.noindex) }}
  <url><loc>{{ .Permalink }}</loc></url>
{{- end }}{{ end }}
</urlset>
''',

# ---------- tags ----------
"_default/taxonomy.html": r'''{{ define "main" }}
<h1>{{ .Title }}</h1>
<ul class="tags">
{{ range .Data.Terms.Alphabetical }}  <li><a href="{{ .Page.RelPermalink }}">{{ .Page.LinkTitle }}</a> ({{ .Count }})</li>
{{ else }}  <li>{{ T "tags_none" }}</li>
{{ end }}</ul>
{{ end }}
''',
"_default/term.html": r'''{{ define "main" }}
<h1>{{ T "tag_title" (dict "A" .Title) }}</h1>
<p>{{ T "tag_count" (dict "A" (len .Pages)) }} <a href="/the/">{{ T "tag_all" }}</a></p>
<div class="list">
{{ range (.Paginate .Pages.ByDate.Reverse).Pages }}{{ partialCached "news-card.html" (dict "item" . "level" 2) .RelPermalink 2 }}{{ end }}
</div>
{{ partial "pagination.html" . }}
{{ end }}
''',

# ---------- schools ----------
"truong/list.html": r'''{{ define "main" }}
<h1>{{ .Title }}</h1>
<p class="lead">{{ .Description }}</p>
<div class="grid">
{{ range partialCached "data/schools.html" "schools" }}{{ partial "school-card.html" (dict "item" . "level" 2) }}{{ else }}  <p>{{ T "schools_none" }}</p>
{{ end }}
</div>
{{ end }}
''',
"truong/single.html": r'''{{ define "main" }}
{{ $slug := .File.ContentBaseName }}
<article>
  <h1>{{ .Title }}</h1>
  <dl class="facts">
    <dt>{{ T "school_place" }}</dt><dd>{{ delimit (slice .Params.commune .Params.district) ", " }}</dd>
{{ with .Params.status }}    <dt>{{ T "common_status" }}</dt><dd>{{ partialCached "status.html" (dict "kind" "school" "status" .) "school" . }}</dd>
{{ end }}{{ with .Params.classrooms }}    <dt>{{ T "school_classrooms" }}</dt><dd>{{ . }}</dd>
{{ end }}{{ with .Params.budget_vnd }}    <dt>{{ T "school_budget" }}</dt><dd>{{ partial "money.html" . }}</dd>
{{ end }}{{ with .Params.started }}    <dt>{{ T "school_started" }}</dt><dd>{{ partial "vndate.html" . }}</dd>
{{ end }}{{ with .Params.completed }}    <dt>{{ T "school_completed" }}</dt><dd>{{ partial "vndate.html" . }}</dd>
{{ end }}  </dl>
  <div class="prose">
{{ .Content }}
  </div>
</article>
{{ with index (partialCached "data/campaigns-by-school.html" "campaigns-by-school") $slug }}
<section aria-labelledby="chien-dich">
  <h2 id="chien-dich">{{ T "school_campaigns" }}</h2>
{{ range . }}{{ partial "campaign-card.html" (dict "item" . "level" 3) }}{{ end }}
</section>
{{ end }}
<section aria-labelledby="cac-em">
  <h2 id="cac-em">{{ T "school_children" }}</h2>
{{ $kids := index (partialCached "data/waiting-by-school.html" "waiting-by-school") $slug }}
{{ if not $kids }}  <p>{{ T "school_noChildren" }} <a href="/tre-em/">{{ T "school_otherChildren" }}</a>.</p>
{{ else }}  <div class="grid">
{{ range $kids }}{{ partial "child-card.html" (dict "item" . "level" 3) }}{{ end }}
  </div>
{{ end }}</section>
{{ with index (partialCached "data/news-by-school.html" "news-by-school") $slug }}
<section aria-labelledby="tin-tuc">
  <h2 id="tin-tuc">{{ T "school_news" }}</h2>
  <ul>
{{ range . }}    <li><a href="{{ .RelPermalink }}">{{ .Title }}</a> ({{ partial "vndate.html" .Date }})</li>
{{ end }}  </ul>
</section>
{{ end }}
{{ end }}
''',

# ---------- children ----------
"tre-em/list.html": r'''{{ define "main" }}
<h1>{{ .Title }}</h1>
<p class="lead">{{ .Description }} {{ T "children_choose" }}</p>
<div class="grid">
{{ range partialCached "data/waiting.html" "waiting" }}{{ partial "child-card.html" (dict "item" . "level" 2) }}{{ else }}  <p>{{ T "children_none" }}</p>
{{ end }}
</div>
{{ end }}
''',
"tre-em/single.html": r'''{{ define "main" }}
<article class="child">
  <h1>{{ .Params.name }} <span class="code">{{ .Params.code }}</span></h1>
  <dl class="facts">
    <dt>{{ T "child_code" }}</dt><dd>{{ .Params.code }}</dd>
{{ with .Params.birth_year }}    <dt>{{ T "child_birthYear" }}</dt><dd>{{ . }}</dd>
{{ end }}{{ with .Params.school }}    <dt>{{ T "school_label" }}</dt><dd>{{ partialCached "school-link.html" . . }}</dd>
{{ end }}{{ with .Params.grade }}    <dt>{{ T "child_grade" }}</dt><dd>{{ . }}</dd>
{{ end }}{{ with .Params.status }}    <dt>{{ T "common_status" }}</dt><dd>{{ partialCached "status.html" (dict "kind" "child" "status" .) "child" . }}</dd>
{{ end }}{{ with .Params.sponsored_since }}    <dt>{{ T "child_since" }}</dt><dd>{{ partial "vnmonth.html" . }}</dd>
{{ end }}  </dl>
  <div class="prose">
{{ .Content }}
  </div>
{{ if eq .Params.status "waiting" }}  <p class="cta">{{ partialCached "child-cta-text.html" . }} <strong>NUOI EM {{ replace .Params.code "-" "" }}</strong>.{{ partialCached "child-how.html" . }}</p>
{{ end }}</article>
{{ end }}
''',

# ---------- campaigns ----------
"chien-dich/list.html": r'''{{ define "main" }}
<h1>{{ .Title }}</h1>
<div class="list">
{{ range sort .Pages "Params.status" }}{{ partial "campaign-card.html" (dict "item" . "level" 2) }}{{ else }}  <p>{{ T "campaigns_none" }}</p>
{{ end }}
</div>
{{ end }}
''',
"chien-dich/single.html": r'''{{ define "main" }}
{{ $slug := .File.ContentBaseName }}
<article>
  <h1>{{ .Title }}</h1>
{{ with .Params.status }}  <p class="badge status-{{ . }}">{{ partialCached "status.html" (dict "kind" "campaign" "status" .) "campaign" . }}</p>
{{ end }}{{ partial "progress.html" . }}
  <dl class="facts">
{{ with .Params.start }}    <dt>{{ T "campaign_start" }}</dt><dd>{{ partial "vndate.html" . }}</dd>
{{ end }}{{ with .Params.end }}    <dt>{{ T "campaign_end" }}</dt><dd>{{ partial "vndate.html" . }}</dd>
{{ end }}{{ with .Params.school }}    <dt>{{ T "school_label" }}</dt><dd>{{ partialCached "school-link.html" . . }}</dd>
{{ end }}  </dl>
  <div class="prose">
{{ .Content }}
  </div>
</article>
{{ with index (partialCached "data/news-by-campaign.html" "news-by-campaign") $slug }}
<section aria-labelledby="tin-tuc">
  <h2 id="tin-tuc">{{ T "campaign_news" }}</h2>
  <ul>
{{ range . }}    <li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}  </ul>
</section>
{{ end }}
{{ end }}
''',

# ---------- faq (only used when the source has faq/) ----------
"hoi-dap/list.html": r'''{{ define "main" }}
<h1>{{ .Title }}</h1>
<p class="lead">{{ T "faq_lead" }}</p>
<ul class="faq-index">
{{ range .Pages.ByTitle }}  <li><a href="#{{ .Params.anchor }}">{{ .Title }}</a></li>
{{ end }}</ul>
{{ range .Pages.ByTitle }}
<section class="faq" id="{{ .Params.anchor }}">
  <h2>{{ .Title }}</h2>
  <div class="prose">
{{ .Content }}
  </div>
</section>
{{ end }}
{{ end }}
''',

# ---------- plain pages, lookup, offline, 404 ----------
"_default/single.html": r'''{{ define "main" }}
<article>
  <h1>{{ .Title }}</h1>
  <div class="prose">
{{ .Content }}
  </div>
</article>
{{ end }}
''',
"_default/list.html": r'''{{ define "main" }}
<h1>{{ .Title }}</h1>
<ul>
{{ range .Pages }}  <li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul>
{{ end }}
''',
"_default/lookup.html": r'''{{ define "head" }}{{ $js := resources.Get "js/search.js" | fingerprint "sha256" }}<script src="{{ $js.RelPermalink }}" defer></script>
{{ end }}{{ define "main" }}
<h1>{{ .Title }}</h1>
<div id="tra-cuu" class="lookup">
  <p class="lead">{{ T "lookup_lead1" }} (<span class="code">BT-0001</span>) {{ T "lookup_lead2" }}</p>
  <form class="search-form" action="/tra-cuu/" method="get" role="search">
    <label for="q">{{ T "lookup_label" }}</label>
    <div class="search-row">
      <input id="q" name="q" type="search" autocomplete="off" placeholder="{{ T "lookup_placeholder" (dict "A" "BT-0001") }}">
      <button type="submit" class="button">{{ T "lookup_go" }}</button>
    </div>
  </form>
  <p id="trang-thai" class="search-status" role="status" aria-live="polite"></p>
  <ol id="ket-qua" class="results"></ol>
  <noscript><p>{{ T "lookup_noscript" }} <a href="/tre-em/">{{ T "children_title" }}</a> · <a href="/truong/">{{ T "schools_title" }}</a>.</p></noscript>
</div>
{{ end }}
''',
"_default/offline.html": r'''{{ define "main" }}
<h1>{{ .Title }}</h1>
<p>{{ T "offline_why" }}</p>
<p>{{ T "offline_still" }} <a href="/tra-cuu/">{{ T "offline_lookup" }}</a>: {{ T "offline_how" }}</p>
{{ end }}
''',
"404.html": r'''{{ define "main" }}
<h1>{{ T "notfound_title" }}</h1>
<p>{{ T "notfound_description" }} {{ T "notfound_why" }}</p>
<ul>
  <li><a href="/">{{ T "notfound_home" }}</a></li>
  <li><a href="/tin-tuc/">{{ T "menu_news" }}</a></li>
  <li><a href="/tre-em/">{{ T "children_title" }}</a></li>
</ul>
{{ end }}
''',
}


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: hugo-site.py BENCH_SITE_DIR HUGO_SITE_DIR")
    src, dst = Path(sys.argv[1]), Path(sys.argv[2])
    if dst.exists():
        shutil.rmtree(dst)
    dst.mkdir(parents=True)
    cfg = yaml.safe_load((src / "site-config.yml").read_text(encoding="utf-8")) or {}
    has_faq = convert_content(src, dst, cfg)
    (dst / "config.toml").write_text(config(cfg, has_faq), encoding="utf-8")
    (dst / "i18n").mkdir()
    (dst / "i18n" / "vi.yaml").write_text(i18n(), encoding="utf-8")
    for name, text in LAYOUTS.items():
        p = dst / "layouts" / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    for sub in ("css", "js"):
        shutil.copytree(THEME / "static" / sub, dst / "assets" / sub)
    shutil.copytree(THEME / "static" / "icons", dst / "static" / "icons")
    n = sum(1 for _ in (dst / "content").rglob("*.md"))
    print(f"wrote {dst} ({n} content files)")


if __name__ == "__main__":
    main()
