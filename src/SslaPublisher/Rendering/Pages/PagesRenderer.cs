using SslaPublisher.Definition;
using SslaPublisher.Rendering.Localization;
using SslaPublisher.Rendering.Markdown;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Site;

namespace SslaPublisher.Rendering.Pages;

/// <summary>
/// Renders the public promise pages: per language a home page and a page per channel, plus <c>404.html</c>,
/// <c>ssla.json</c> and the shared CSS and script.
/// </summary>
/// <remarks>
/// Templates (all overridable with <c>--templates</c>, file by file): <c>pages/layout.html.sbn</c> frames every
/// page, <c>pages/index.html.sbn</c>, <c>pages/channel.html.sbn</c> and <c>pages/404.html.sbn</c> are the bodies,
/// <c>pages/card.html.sbn</c> is one channel; <c>assets/site.css</c> and <c>assets/live.js</c> are copied as they are.
/// </remarks>
public sealed class PagesRenderer : ISiteRenderer
{
    /// <summary>Site path of the stylesheet.</summary>
    public const string StylesheetPath = "assets/site.css";

    /// <summary>Site path of the live-status script.</summary>
    public const string ScriptPath = "assets/live.js";

    /// <summary>Site path of the share image (rendered by the banners stage).</summary>
    public const string ShareImagePath = "og.png";

    private const string Html = "text/html; charset=utf-8";

    /// <inheritdoc />
    public string Name => "pages";

    /// <inheritdoc />
    public IEnumerable<SiteFile> Render(RenderContext context)
    {
        var promise = context.Promise;
        var paths = new PagePaths(promise.Brand.Languages.IsDefaultOrEmpty ? [UiStrings.FallbackLanguage] : promise.Brand.Languages, promise.Brand.BaseUrl);
        var jsonLd = new TrustedHtml(JsonLd.Organization(promise, paths));
        var languages = paths.Languages.ToDictionary(l => l, l => new PageText(LoadStrings(context.Templates.Templates, l)));

        foreach (var language in paths.Languages)
        {
            var page = new LanguagePages(context, paths, language, languages, jsonLd);
            yield return SiteFile.Text(paths.Index(language), page.Index(), Html);
            foreach (var channel in promise.Channels)
                yield return SiteFile.Text(paths.ChannelPage(language, channel.Id), page.Channel(channel), Html);
            yield return SiteFile.Text(paths.Feed(language), page.Feed(), NoticesFeed.ContentType);
        }
        yield return SiteFile.Text("404.html", new LanguagePages(context, paths, paths.DefaultLanguage, languages, jsonLd).NotFound(), Html);
        yield return SiteFile.Text("ssla.json", SslaJson.Write(promise, context.Platforms, paths), "application/json; charset=utf-8");
        yield return SiteFile.Text(StylesheetPath, context.Templates.Templates.ReadText(StylesheetPath), "text/css; charset=utf-8");
        yield return SiteFile.Text(ScriptPath, context.Templates.Templates.ReadText(ScriptPath), "text/javascript; charset=utf-8");
        if (LogoFile(context) is { } logo) yield return logo;
    }

    /// <summary>Site path of the brand's logo on the pages (header and favicon), when the brand has one.</summary>
    public static string? LogoPath(Promise promise) => promise.Brand.Logo is { } logo && LogoType(logo) is not null
        ? "assets/logo" + Path.GetExtension(logo).ToLowerInvariant()
        : null;

    // The logo is an input asset the loader has already checked exists; it is copied as it is.
    private static SiteFile? LogoFile(RenderContext context) =>
        LogoPath(context.Promise) is { } path && context.Promise.Brand.Logo is { } source
            ? new SiteFile(path, context.Files.ReadAllBytes(source), LogoType(source)!)
            : null;

    private static string? LogoType(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".webp" => "image/webp",
        _ => null,
    };

    // A language without a strings file still gets its pages (the brand asked for them), in English UI text.
    private static UiStrings LoadStrings(TemplateSet templates, string language) =>
        UiStrings.Load(templates, UiStrings.Exists(templates, language) ? language : UiStrings.FallbackLanguage);

    /// <summary>Renders the pages of one language.</summary>
    private sealed class LanguagePages(
        RenderContext context, PagePaths paths, string language, IReadOnlyDictionary<string, PageText> languages, TrustedHtml jsonLd)
    {
        private readonly PageText _text = languages[language];
        private readonly IReadOnlyDictionary<string, object> _tree = languages[language].Strings.ToTree();
        private Promise Promise => context.Promise;
        private UiStrings S => _text.Strings;

        public string Index()
        {
            var path = paths.Index(language);
            var cards = Promise.Channels.Select(c => Card(c, path, headingLevel: 2, showDetails: true)).ToList();
            var body = context.Templates.RenderHtml("pages/index.html.sbn", new IndexModel(_tree, cards, Crisis()) { Summary = StaticSummary() });
            return Layout(path, S.Format("pages.title", ("brand", Promise.Brand.Name)), S.Text("pages.heading"),
                S.Format("pages.intro", ("brand", Promise.Brand.Name)), Promise.Channels, body, p => paths.Index(p));
        }

        public string Channel(Channel channel)
        {
            var path = paths.ChannelPage(language, channel.Id);
            var card = Card(channel, path, headingLevel: 1, showDetails: false);
            var body = context.Templates.RenderHtml("pages/channel.html.sbn",
                new ChannelPageModel(_tree, card, PagePaths.Link(path, paths.Index(language)), Crisis()));
            var platform = context.Platforms[channel.Platform].DisplayName;
            return Layout(path, $"{platform} {channel.Handle} — {S.Format("pages.title", ("brand", Promise.Brand.Name))}",
                null, null, [channel], body, l => paths.ChannelPage(l, channel.Id));
        }

        public string Feed() => NoticesFeed.Write(Promise, NoticeViews(), paths, language,
            S.Format("pages.notices.feed_title", ("brand", Promise.Brand.Name)));

        public string NotFound()
        {
            const string path = "404.html";
            // Served at whatever path was missing: absolute links when the base URL is known (see Layout).
            var home = paths.Absolute(paths.Index(language)) ?? PagePaths.Link(path, paths.Index(language));
            var body = context.Templates.RenderHtml("pages/404.html.sbn", new NotFoundModel(_tree, home));
            return Layout(path, S.Text("pages.not_found_title") + " — " + Promise.Brand.Name, S.Text("pages.not_found_title"), null, [], body, null);
        }

        private TrustedHtml Card(Channel channel, string pagePath, int headingLevel, bool showDetails)
        {
            var view = ChannelView.From(channel, context.Platforms[channel.Platform], _text, paths, language, pagePath);
            return new TrustedHtml(context.Templates.RenderHtml("pages/card.html.sbn", new CardModel(_tree, view, headingLevel, showDetails)));
        }

        private CrisisView? Crisis() => Promise.Crisis is { } crisis
            ? new CrisisView(UrgentView.From(crisis.Contact, _text), LocalizedProse.Inline(crisis.Statement, language))
            : null;

        private string Layout(string path, string title, string? heading, string? intro, IReadOnlyList<Channel> live,
            string body, Func<string, string>? pathIn)
        {
            var brand = Promise.Brand;
            // A page without a path per language is the 404 document, served at whatever path was missing: relative
            // links (the stylesheet included) cannot be trusted there, so they start at the base URL when it is known.
            var root = pathIn is null && paths.BaseUrl is { } baseUrl ? baseUrl : PagePaths.RootFrom(path);
            var absolute = pathIn is null ? null : paths.Absolute(pathIn(language));
            var alternates = pathIn is null || paths.BaseUrl is null
                ? []
                : paths.Languages.Select(l => new AlternateLink(l, paths.Absolute(pathIn(l))!))
                    .Append(new AlternateLink("x-default", paths.Absolute(pathIn(paths.DefaultLanguage))!)).ToList();
            var description = S.Format("pages.description", ("brand", brand.Name));
            var share = context.Platforms.ShareImage;
            var model = new PageModel(
                Language: language,
                Direction: LanguageTag.Direction(S.Language),
                Title: title,
                Description: description,
                BrandName: brand.Name,
                Heading: heading ?? "",
                Intro: intro,
                Canonical: absolute,
                Alternates: alternates,
                Share: new ShareMeta(title, description, absolute,
                    paths.Absolute(ShareImagePath) ?? root + ShareImagePath, share.Width, share.Height,
                    S.Format("pages.title", ("brand", brand.Name)), LanguageTag.OpenGraphLocale(language), TwitterSite())
                {
                    LocaleAlternates = pathIn is null ? [] : [.. paths.Languages.Where(l => l != language).Select(LanguageTag.OpenGraphLocale)],
                },
                Root: root,
                HomeHref: root + paths.Index(language),
                LanguageLinks: pathIn is null || paths.Languages.Count < 2
                    ? []
                    : [.. paths.Languages.Select(l => new LanguageLink(l, LanguageNames.Native(l), PagePaths.Link(path, pathIn(l)), l == language))],
                LanguageSwitchLabel: S.Text("pages.language_switch"),
                SkipLabel: S.Text("pages.skip_to_content"),
                JsonLd: pathIn is null ? null : jsonLd,
                LiveData: live.Count == 0 ? null : new TrustedHtml(LiveScheduleJson.Write(live, _text, Promise, context.Platforms)),
                Body: new TrustedHtml(body),
                MachineReadableLabel: S.Text("pages.machine_readable"),
                PublishedBy: S.Format("pages.published_by", ("brand", brand.Name)),
                Website: brand.Website is { } site ? ChannelView.Href(site, webOnly: true) : null,
                Logo: LogoPath(Promise) is { } logo ? root + logo : null,
                Theme: Theme(brand.Colors))
            {
                // The 404 page has no script and no fixed place: it carries no notices.
                Notices = pathIn is null || Promise.Notices.IsEmpty ? null : Notices(),
                FeedHref = root + paths.Feed(language),
                FeedLabel = S.Text("pages.notices.feed"),
            };
            return context.Templates.RenderHtml("pages/layout.html.sbn", model);
        }

        private TrustedHtml Notices() => new(context.Templates.RenderHtml("pages/notices.html.sbn", new NoticesModel(_tree, NoticeViews())));

        private List<NoticeView> NoticeViews() => [.. Promise.Notices.Select(n => NoticeView.From(n, Promise, context.Platforms, _text, language))];

        // What holds whatever the time: how many channels, and the fastest promise (days counted as 24 h to order them).
        private string StaticSummary()
        {
            var fastest = Promise.Channels.MinBy(c => c.Reply.Within.Nominal)!;
            return S.Format("pages.summary_static",
                ("total", _text.Locale.Number(Promise.Channels.Length)),
                ("channel", NoticeView.ChannelLabel(fastest, context.Platforms, Promise, language)),
                ("duration", _text.ReplyTime(fastest)));
        }

        // The X account of the brand's first X channel, for twitter:site.
        private string? TwitterSite() => Promise.Channels
            .FirstOrDefault(c => c.Platform == Platforms.PlatformId.X && c.Handle.StartsWith('@'))?.Handle;

        // Header text must stay readable whatever colours the brand chose (WCAG AA, 4.5:1).
        private static BrandTheme Theme(BrandColors colors)
        {
            var headerText = colors.Background.ContrastWith(colors.Text) >= 4.5 ? colors.Text : colors.Background.BestTextColor();
            var link = colors.Background.ContrastWith(RgbColor.White) >= 4.5 ? colors.Background : RgbColor.Parse("#1a4fb0");
            return new BrandTheme(colors.Background.ToHex(), headerText.ToHex(), link.ToHex(), colors.Accent.ToHex());
        }
    }
}
