package vn.vungcao.ssg.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Hugo (0.111) templates of {@link HugoSite}: the generator's theme ({@code themes/vungcao/templates})
 * written as a competent Hugo user would write it. Nothing scans all pages per page: per-school and
 * per-campaign lists come from {@code GroupByParam} maps built once ({@code partialCached "data/*.html"},
 * indexed by slug); the header, footer, asset links and look-ups by slug ({@code site.GetPage} of a school
 * or campaign) are {@code partialCached}; news cards are cached per post and heading level (the same card
 * is on the news list and on every tag page). {@code /index.xml} holds the 20 newest news posts (as the
 * generator's feed.xml), and {@code /sitemap.xml} leaves out noindex pages (as the generator's).
 */
final class HugoLayouts {

    private HugoLayouts() {
    }

    /** Path under {@code layouts/} to the template's text, in a fixed order. */
    static Map<String, String> all() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("_default/baseof.html", """
            <!doctype html>
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
            """);
        t.put("partials/head-static.html", """
            <meta property="og:locale" content="vi_VN">
            <meta property="og:image" content="{{ "icons/share.png" | absURL }}">
            <meta property="og:image:width" content="1200">
            <meta property="og:image:height" content="630">
            <meta property="og:image:alt" content="{{ site.Title }}">
            <meta name="twitter:card" content="summary_large_image">\
            """);
        t.put("partials/head-static2.html", """
            <meta name="twitter:image" content="{{ "icons/share.png" | absURL }}">\
            """);
        t.put("partials/head-assets.html", """
            <meta name="theme-color" content="#1f5f3f">
            {{ $css := resources.Get "css/site.css" | fingerprint "sha256" -}}
            <link rel="stylesheet" href="{{ $css.RelPermalink }}">
            <link rel="icon" type="image/png" sizes="192x192" href="{{ "icons/icon-192.png" | relURL }}">
            <link rel="apple-touch-icon" href="{{ "icons/icon-192.png" | relURL }}">
            {{ with site.Home.OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" title="{{ site.Title }}" href="{{ .RelPermalink }}">
            {{ end -}}
            {{ range slice "js/site.js" "js/core.js" }}{{ $js := resources.Get . | fingerprint "sha256" }}<script src="{{ $js.RelPermalink }}" defer></script>
            {{ end -}}\
            """);
        t.put("partials/header.html", """
            <header class="site-header">
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
            </header>\
            """);
        t.put("partials/footer.html", """
            <footer class="site-footer">
              <div class="wrap">
                <p><strong>{{ site.Title }}</strong>. {{ site.Params.description }}</p>
                <ul class="contact">
            {{ with site.Home.OutputFormats.Get "rss" }}      <li><a href="{{ .RelPermalink }}">{{ T "footer_feed" }}</a></li>
            {{ end }}    </ul>
              </div>
            </footer>\
            """);
        t.put("partials/data/org.html", """
            {{ return dict "@type" "NGO" "name" site.Title "url" site.Home.Permalink "logo" (dict "@type" "ImageObject" "url" ("icons/icon-512.png" | absURL) "width" 512 "height" 512) }}\
            """);
        t.put("partials/donate-cta.html", """
            <p class="cta">{{ T "news_cta" }} <a href="{{ with site.GetPage "/cach-nuoi-em" }}{{ .RelPermalink }}{{ else }}/tre-em/{{ end }}">{{ T "home_cta" (dict "A" (partial "money.html" site.Params.nuoiEmVnd)) }}</a></p>\
            """);
        t.put("partials/child-cta-text.html", """
            {{ T "child_waiting" (dict "A" (partial "money.html" site.Params.nuoiEmVnd)) }}\
            """);
        t.put("partials/child-how.html", """
            {{ with site.GetPage "/cach-nuoi-em" }} <a href="{{ .RelPermalink }}">{{ T "child_how" }}</a>{{ end }}\
            """);
        t.put("partials/data/waiting.html", """
            {{ return sort (where (site.GetPage "/tre-em").RegularPages "Params.status" "waiting") "Params.code" }}\
            """);
        t.put("partials/data/schools.html", """
            {{ return sort (site.GetPage "/truong").RegularPages "Params.started" }}\
            """);
        t.put("partials/data/group.html", """
            {{/* (dict "pages" P "param" K) -> map: param value -> pages with it, in P's order */}}
            {{- $s := newScratch }}
            {{- with where .pages (printf "Params.%s" .param) "!=" nil }}{{ range .GroupByParam $.param }}{{ $s.SetInMap "m" (string .Key) .Pages }}{{ end }}{{ end }}
            {{- return $s.Get "m" | default dict }}\
            """);
        t.put("partials/data/waiting-by-school.html", """
            {{ return partial "data/group.html" (dict "pages" (partialCached "data/waiting.html" "waiting") "param" "school") }}\
            """);
        t.put("partials/data/news-by-school.html", """
            {{ return partial "data/group.html" (dict "pages" (site.GetPage "/tin-tuc").RegularPages.ByDate.Reverse "param" "school") }}\
            """);
        t.put("partials/data/news-by-campaign.html", """
            {{ return partial "data/group.html" (dict "pages" (site.GetPage "/tin-tuc").RegularPages "param" "campaign") }}\
            """);
        t.put("partials/data/campaigns-by-school.html", """
            {{ return partial "data/group.html" (dict "pages" (site.GetPage "/chien-dich").RegularPages "param" "school") }}\
            """);
        t.put("partials/vndate.html", """
            {{ $t := time.AsTime . }}<time datetime="{{ $t.Format "2006-01-02" }}">{{ $t.Format "2" }} tháng {{ $t.Format "1" }}, {{ $t.Format "2006" }}</time>\
            """);
        t.put("partials/vnmonth.html", """
            {{ $t := time.AsTime . }}<time datetime="{{ $t.Format "2006-01-02" }}">tháng {{ $t.Format "1" }}, {{ $t.Format "2006" }}</time>\
            """);
        t.put("partials/money.html", """
            {{ lang.FormatNumberCustom 0 . "- , ." }} ₫\
            """);
        t.put("partials/status.html", """
            {{ T (printf "status_%s_%s" .kind .status) }}\
            """);
        t.put("partials/school-link.html", """
            {{ with . }}{{ with site.GetPage (printf "/truong/%s" .) }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ end }}\
            """);
        t.put("partials/school-name.html", """
            {{ with . }}{{ with site.GetPage (printf "/truong/%s" .) }}{{ .Title }}{{ end }}{{ end }}\
            """);
        t.put("partials/campaign-link.html", """
            {{ with site.GetPage (printf "/chien-dich/%s" .) }} · <a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}\
            """);
        t.put("partials/news-card.html", """
            <article class="card">
              {{ printf "<h%d class=\\"card-title\\">" .level | safeHTML }}<a href="{{ .item.RelPermalink }}">{{ .item.Title }}</a>{{ printf "</h%d>" .level | safeHTML }}
              <p class="meta">{{ partial "vndate.html" .item.Date }}</p>
            {{ with .item.Params.summary }}  <p>{{ . }}</p>
            {{ end }}</article>
            """);
        t.put("partials/child-card.html", """
            <article class="card child-card">
              {{ printf "<h%d class=\\"card-title\\">" .level | safeHTML }}<a href="{{ .item.RelPermalink }}">{{ .item.Params.name }}</a> <span class="code">{{ .item.Params.code }}</span>{{ printf "</h%d>" .level | safeHTML }}
              <ul class="facts">
            {{ with .item.Params.birth_year }}    <li>{{ T "child_born" (dict "A" .) }}</li>
            {{ end }}{{ with .item.Params.grade }}    <li>{{ T "child_inGrade" (dict "A" .) }}</li>
            {{ end }}{{ with .item.Params.school }}{{ with partialCached "school-name.html" . . }}    <li>{{ . }}</li>
            {{ end }}{{ end }}  </ul>
            </article>
            """);
        t.put("partials/school-card.html", """
            <article class="card">
              {{ printf "<h%d class=\\"card-title\\">" .level | safeHTML }}<a href="{{ .item.RelPermalink }}">{{ .item.Title }}</a>{{ printf "</h%d>" .level | safeHTML }}
              <p class="meta">{{ delimit (slice .item.Params.commune .item.Params.district) ", " }}</p>
            {{ with .item.Params.status }}  <p class="badge status-{{ . }}">{{ partialCached "status.html" (dict "kind" "school" "status" .) "school" . }}</p>
            {{ end }}</article>
            """);
        t.put("partials/progress.html", """
            {{ with .Params.goal_vnd }}{{ $raised := $.Params.raised_vnd | default 0 }}{{ $pct := div (mul $raised 100) . }}
            <div class="progress">
              <p>{{ T "campaign_raised" }} <strong>{{ partial "money.html" $raised }}</strong> / {{ partial "money.html" . }} ({{ $pct }}%)</p>
              <div class="bar" role="progressbar" aria-label="{{ T "campaign_progress" }}" aria-valuemin="0" aria-valuemax="100" aria-valuenow="{{ $pct }}"><span style="width: {{ $pct }}%"></span></div>
            </div>
            {{ end }}\
            """);
        t.put("partials/campaign-card.html", """
            <article class="card campaign-card">
              {{ printf "<h%d class=\\"card-title\\">" .level | safeHTML }}<a href="{{ .item.RelPermalink }}">{{ .item.Title }}</a>{{ printf "</h%d>" .level | safeHTML }}
            {{ with .item.Params.status }}  <p class="badge status-{{ . }}">{{ partialCached "status.html" (dict "kind" "campaign" "status" .) "campaign" . }}</p>
            {{ end }}  <p>{{ .item.Plain | truncate 200 }}</p>
            {{ partial "progress.html" .item }}
            </article>
            """);
        t.put("partials/pagination.html", """
            {{ $p := .Paginator }}{{ if gt $p.TotalPages 1 }}
            <nav class="pagination" aria-label="{{ T "pagination_label" }}">
            {{ with $p.Prev }}  <a rel="prev" href="{{ .URL }}">← {{ T "pagination_newer" }}</a>
            {{ end }}  <ul>
            {{ range $p.Pagers }}    <li>{{ if eq .PageNumber $p.PageNumber }}<span aria-current="page">{{ .PageNumber }}</span>{{ else }}<a href="{{ .URL }}">{{ .PageNumber }}</a>{{ end }}</li>
            {{ end }}  </ul>
            {{ with $p.Next }}  <a rel="next" href="{{ .URL }}">{{ T "pagination_older" }} →</a>
            {{ end }}</nav>
            {{ end }}\
            """);
        t.put("index.html", """
            {{ define "main" }}
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
            """);
        t.put("tin-tuc/list.html", """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            <p><a href="/the/">{{ T "news_byTopic" }}</a></p>
            <div class="list">
            {{ $pag := .Paginate .Pages.ByDate.Reverse }}
            {{ range $pag.Pages }}{{ partialCached "news-card.html" (dict "item" . "level" 2) .RelPermalink 2 }}{{ else }}  <p>{{ T "news_none" }}</p>
            {{ end }}
            </div>
            {{ partial "pagination.html" . }}
            {{ end }}
            """);
        t.put("tin-tuc/single.html", """
            {{ define "main" }}
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
            """);
        t.put("_default/rss.xml", """
            {{- printf "<?xml version=\\"1.0\\" encoding=\\"utf-8\\" standalone=\\"yes\\"?>" | safeHTML }}
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
              <channel>
                <title>{{ site.Title }}</title>
                <link>{{ .Permalink }}</link>
                <description>{{ site.Params.description }}</description>
                <language>{{ site.LanguageCode }}</language>
                {{ with .OutputFormats.Get "RSS" }}{{ printf "<atom:link href=%q rel=\\"self\\" type=%q />" .Permalink .MediaType.Type | safeHTML }}{{ end }}
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
            """);
        t.put("_default/sitemap.xml", """
            {{- printf "<?xml version=\\"1.0\\" encoding=\\"utf-8\\" standalone=\\"yes\\"?>" | safeHTML }}
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            {{- range .Data.Pages }}{{ if and .Permalink (not .Params.noindex) }}
              <url><loc>{{ .Permalink }}</loc></url>
            {{- end }}{{ end }}
            </urlset>
            """);
        t.put("_default/taxonomy.html", """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            <ul class="tags">
            {{ range .Data.Terms.Alphabetical }}  <li><a href="{{ .Page.RelPermalink }}">{{ .Page.LinkTitle }}</a> ({{ .Count }})</li>
            {{ else }}  <li>{{ T "tags_none" }}</li>
            {{ end }}</ul>
            {{ end }}
            """);
        t.put("_default/term.html", """
            {{ define "main" }}
            <h1>{{ T "tag_title" (dict "A" .Title) }}</h1>
            <p>{{ T "tag_count" (dict "A" (len .Pages)) }} <a href="/the/">{{ T "tag_all" }}</a></p>
            <div class="list">
            {{ range (.Paginate .Pages.ByDate.Reverse).Pages }}{{ partialCached "news-card.html" (dict "item" . "level" 2) .RelPermalink 2 }}{{ end }}
            </div>
            {{ partial "pagination.html" . }}
            {{ end }}
            """);
        t.put("truong/list.html", """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            <p class="lead">{{ .Description }}</p>
            <div class="grid">
            {{ range partialCached "data/schools.html" "schools" }}{{ partial "school-card.html" (dict "item" . "level" 2) }}{{ else }}  <p>{{ T "schools_none" }}</p>
            {{ end }}
            </div>
            {{ end }}
            """);
        t.put("truong/single.html", """
            {{ define "main" }}
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
            """);
        t.put("tre-em/list.html", """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            <p class="lead">{{ .Description }} {{ T "children_choose" }}</p>
            <div class="grid">
            {{ range partialCached "data/waiting.html" "waiting" }}{{ partial "child-card.html" (dict "item" . "level" 2) }}{{ else }}  <p>{{ T "children_none" }}</p>
            {{ end }}
            </div>
            {{ end }}
            """);
        t.put("tre-em/single.html", """
            {{ define "main" }}
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
            """);
        t.put("chien-dich/list.html", """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            <div class="list">
            {{ range sort .Pages "Params.status" }}{{ partial "campaign-card.html" (dict "item" . "level" 2) }}{{ else }}  <p>{{ T "campaigns_none" }}</p>
            {{ end }}
            </div>
            {{ end }}
            """);
        t.put("chien-dich/single.html", """
            {{ define "main" }}
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
            """);
        t.put("hoi-dap/list.html", """
            {{ define "main" }}
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
            """);
        t.put("_default/single.html", """
            {{ define "main" }}
            <article>
              <h1>{{ .Title }}</h1>
              <div class="prose">
            {{ .Content }}
              </div>
            </article>
            {{ end }}
            """);
        t.put("_default/list.html", """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            <ul>
            {{ range .Pages }}  <li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
            {{ end }}</ul>
            {{ end }}
            """);
        t.put("_default/lookup.html", """
            {{ define "head" }}{{ $js := resources.Get "js/search.js" | fingerprint "sha256" }}<script src="{{ $js.RelPermalink }}" defer></script>
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
            """);
        t.put("_default/offline.html", """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            <p>{{ T "offline_why" }}</p>
            <p>{{ T "offline_still" }} <a href="/tra-cuu/">{{ T "offline_lookup" }}</a>: {{ T "offline_how" }}</p>
            {{ end }}
            """);
        t.put("404.html", """
            {{ define "main" }}
            <h1>{{ T "notfound_title" }}</h1>
            <p>{{ T "notfound_description" }} {{ T "notfound_why" }}</p>
            <ul>
              <li><a href="/">{{ T "notfound_home" }}</a></li>
              <li><a href="/tin-tuc/">{{ T "menu_news" }}</a></li>
              <li><a href="/tre-em/">{{ T "children_title" }}</a></li>
            </ul>
            {{ end }}
            """);
        return t;
    }
}
