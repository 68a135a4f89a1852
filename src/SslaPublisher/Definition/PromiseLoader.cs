using SslaPublisher.Inputs;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using SslaPublisher.Input;
using SslaPublisher.Platforms;
using SslaPublisher.Schedule;
using SslaPublisher.Site.Output;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SslaPublisher.Definition;

/// <summary>
/// Loads ssla.yaml into an immutable <see cref="Promise"/>, reporting every problem at once as
/// <c>file:line:col: field: message</c>.
/// </summary>
public sealed partial class PromiseLoader
{
    // BCP 47 in the shape people write: en, es, pt-BR, zh-Hant, es-419.
    [GeneratedRegex("^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$")]
    private static partial Regex LanguagePattern();


    private readonly PlatformCatalog _platforms;
    private readonly IDateTimeZoneProvider _zones;
    private readonly IInputFiles _files;

    /// <summary>Creates a loader over a platform catalog, a time-zone database and where files are read from (the disk).</summary>
    public PromiseLoader(PlatformCatalog? platforms = null, IDateTimeZoneProvider? zones = null, IInputFiles? files = null)
    {
        _platforms = platforms ?? PlatformCatalog.Default;
        _zones = zones ?? DateTimeZoneProviders.Tzdb;
        _files = files ?? DiskFiles.Instance;
    }

    /// <summary>
    /// Whether the logo and banner images are decoded to check them (default). <c>ssla report</c> turns it off: it never
    /// draws or publishes them, and the first decode pays SkiaSharp's scan of every system font; the files are still
    /// checked for place, name, extension and existence.
    /// </summary>
    public bool DecodeImages { get; init; } = true;

    /// <summary>Reads and validates a file.</summary>
    /// <exception cref="DefinitionException">The file has problems, or cannot be read as text; all of them are listed.</exception>
    public Promise LoadFile(string path)
    {
        string text;
        try
        {
            // The disk goes through InputFile (size limit, no blocking on a FIFO); other sources are the caller's.
            var bytes = _files is DiskFiles
                ? InputFile.ReadAllBytes(path, InputLimits.DefinitionBytes, "ssla.yaml")
                : _files.Exists(Path.GetFullPath(path))
                    ? _files.ReadAllBytes(Path.GetFullPath(path))
                    : throw new DefinitionException([new Diagnostic(path, 1, 1, "file not found")]);
            text = TextDecoding.Decode(bytes, path);
        }
        catch (InputFileException e)
        {
            throw new DefinitionException([new Diagnostic(path, e.Line ?? 1, e.Column ?? 1, e.Reason)]);
        }
        return Load(text, Path.GetFullPath(path), displayPath: path);
    }

    /// <summary>Reads and validates YAML text; <paramref name="sourcePath"/> locates the logo and names the file in errors.</summary>
    public Promise Load(string yaml, string sourcePath, string? displayPath = null)
    {
        var bag = new DiagnosticBag(displayPath ?? sourcePath);
        var root = YamlDocumentReader.Parse(yaml, bag);
        if (root is not null) YamlSizeCheck.Check(root, bag);
        bag.ThrowIfAny();
        var reader = new MappingReader(root!, "", DefinitionKeys.Root, bag);
        var brandNode = reader.Node("brand", required: true);
        var baseDirectory = Path.GetDirectoryName(Path.GetFullPath(sourcePath))!;
        var brand = brandNode is null ? null : ReadBrand(brandNode, baseDirectory, bag);
        var channels = ReadChannels(reader, brand, baseDirectory, bag);
        var crisis = reader.Node("crisis") is { } crisisNode ? ReadCrisis(crisisNode, BrandScope(brand), bag) : null;
        var agreement = reader.Node("agreement") is { } agreementNode ? AgreementReader.Read(agreementNode, BrandScope(brand), bag) : null;
        var badges = reader.Node("badges") is { } badgesNode ? ReadBadges(badgesNode, bag) : BadgeOptions.Default;
        var notices = NoticesReader.Read(reader, brand?.TimeZone, ChannelIds(reader), BrandScope(brand), reader.Has("crisis"));
        var announceDays = NoticesReader.ReadAnnounceDays(reader);
        bag.ThrowIfAny();
        return new Promise(Path.GetFullPath(sourcePath), brand!, channels, crisis, agreement)
        {
            Badges = badges, Notices = notices, AnnounceDays = announceDays, Warnings = [.. bag.Warnings],
        };
    }

    // Every id the file lists, valid channel or not, so a notice naming a channel with its own error is not reported twice.
    private static List<string> ChannelIds(MappingReader root) => [.. root.List("channels").OfType<YamlMappingNode>()
        .SelectMany(m => m.Children.Where(c => c.Key is YamlScalarNode { Value: "id" }).Select(c => c.Value))
        .OfType<YamlScalarNode>().Select(s => s.Value?.Trim()).OfType<string>().Where(id => id.Length > 0).Distinct(StringComparer.Ordinal)];

    private Brand? ReadBrand(YamlNode node, string baseDirectory, DiagnosticBag bag)
    {
        var r = new MappingReader(node, "brand", DefinitionKeys.Brand, bag);
        var name = r.String("name", required: true);
        if (name is { Length: > InputLimits.BrandNameLength })
        {
            r.Bag.Add(r.Node("name")!, r.Child("name"),
                $"{name.Length} characters ({UntrustedText.Quote(name)}); a brand name may have at most {InputLimits.BrandNameLength}");
            name = null;
        }
        var slug = ReadSlug(r, "slug", required: true);
        var website = ReadUrl(r, "website", webOnly: true);
        var baseUrl = ReadUrl(r, "base_url", webOnly: true);
        if (baseUrl is not null && !baseUrl.EndsWith('/')) baseUrl += "/";
        var logo = ReadLogo(r, baseDirectory);
        var colors = ReadColors(r);
        var zone = ReadZone(r, "timezone", required: true);
        var languages = ReadLanguages(r, "languages");
        if (name is null || slug is null || zone is null || colors is null) return null;
        var banner = BannerChoiceReader.Read(r, baseDirectory, BannerChoice.Default, DecodeImages);
        return new Brand(name, slug, website, baseUrl, logo, colors,
            zone, languages.IsEmpty ? ["en"] : languages) { Banner = banner };
    }

    private static BadgeOptions ReadBadges(YamlNode node, DiagnosticBag bag)
    {
        var r = new MappingReader(node, "badges", DefinitionKeys.Badges, bag);
        if (!r.Has("png_styles")) return BadgeOptions.Default;
        var styles = new List<string>();
        foreach (var (item, text) in r.Strings("png_styles"))
        {
            if (!BadgeOptions.StyleKeys.Contains(text, StringComparer.Ordinal))
                bag.Add(item, r.Child("png_styles"), $"unknown badge style '{text}'; styles: {string.Join(", ", BadgeOptions.StyleKeys)}");
            else if (!styles.Contains(text, StringComparer.Ordinal)) styles.Add(text);
        }
        // Written in the catalogue's order whatever the file's order, so reordering the list changes no output.
        return new BadgeOptions([.. BadgeOptions.StyleKeys.Where(styles.Contains)]);
    }

    private ImmutableArray<Channel> ReadChannels(MappingReader root, Brand? brand, string baseDirectory, DiagnosticBag bag)
    {
        var nodes = root.List("channels", required: true);
        if (root.Has("channels") && nodes.Count == 0) bag.Add(root.Node("channels")!, "channels", "list at least one channel");
        if (nodes.Count > InputLimits.Channels)
        {
            bag.Add(root.Node("channels")!, "channels", $"{nodes.Count} channels; one ssla.yaml may have at most {InputLimits.Channels} (split the brand)");
            return [];
        }
        var channels = new List<Channel>();
        var ids = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            var channel = ReadChannel(nodes[i], $"channels[{i}]", brand, baseDirectory, bag);
            // Ids are checked for duplicates even on an otherwise invalid channel, so one run reports both.
            var idNode = (nodes[i] as YamlMappingNode)?.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: "id" }).Value;
            if (idNode is YamlScalarNode { Value: { } id } && !ids.TryAdd(id.Trim(), idNode))
                bag.Add(idNode, $"channels[{i}].id", $"duplicate id '{id.Trim()}' (first used at line {ids[id.Trim()].Start.Line})");
            else if (channel is not null) channels.Add(channel);
        }
        return [.. channels];
    }

    private Channel? ReadChannel(YamlNode node, string field, Brand? brand, string baseDirectory, DiagnosticBag bag)
    {
        var r = new MappingReader(node, field, DefinitionKeys.Channel, bag);
        var id = ReadSlug(r, "id", required: true);
        var platform = ReadPlatform(r);
        var handle = r.String("handle", required: true);
        if (platform is not null && handle is not null) handle = HandleFromUrl(platform, handle, r);
        var profileUrl = platform is null || handle is null ? null : ProfileUrl(platform, handle, r);
        var purpose = ReadEnum<Purpose>(r, "purpose", required: true);
        var languages = ReadLanguages(r, "languages");
        var scope = ChannelScope(brand, languages);
        var summary = LocalizedTextReader.Read(r, "summary", scope, required: true);
        var zone = r.Has("timezone") ? ReadZone(r, "timezone", required: false) : brand?.TimeZone;
        var hoursNode = r.Node("hours", required: true);
        var hours = hoursNode is null ? null : HoursParser.Read(hoursNode, r.Child("hours"), bag);
        var closed = ReadClosed(r, scope);
        var reply = r.Node("reply", required: true) is { } replyNode ? ReadReply(replyNode, r.Child("reply"), scope, bag) : null;
        var notFor = ReadNotFor(r, scope);
        var urgent = LocalizedTextReader.Read(r, "urgent", scope);
        var banner = BannerChoiceReader.Read(r, baseDirectory, brand?.Banner ?? BannerChoice.Default, DecodeImages);
        if (id is null || platform is null || handle is null || profileUrl is null || purpose is null || summary is null ||
            zone is null || hours is null || reply is null)
            return null;
        return new Channel(id, platform.Id, handle, profileUrl, purpose.Value, summary, zone, hours, closed, reply,
            languages.IsEmpty ? brand?.Languages ?? ["en"] : languages, notFor, urgent) { Banner = banner };
    }

    // Brand-wide prose (the crisis statement) is in the brand's first language and shown on every page.
    private static LanguageScope? BrandScope(Brand? brand) =>
        brand is null ? null : new LanguageScope(brand.Languages[0], brand.Languages);

    // A channel's prose is in its own first language when it lists languages, and is shown on every page of the
    // brand and in the channel's bios: missing translations are counted over both.
    private static LanguageScope? ChannelScope(Brand? brand, ImmutableArray<string> channelLanguages)
    {
        if (brand is null) return null;
        var expected = brand.Languages.Concat(channelLanguages).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new LanguageScope(channelLanguages.IsEmpty ? brand.Languages[0] : channelLanguages[0], expected);
    }

    private PlatformInfo? ReadPlatform(MappingReader r)
    {
        var key = r.String("platform", required: true);
        if (key is null) return null;
        var platform = _platforms.FindByKey(key);
        if (platform is null)
            r.Bag.Add(r.Node("platform")!, r.Child("platform"),
                $"unknown platform {UntrustedText.Quote(key)}{DidYouMean.Suggest(key, _platforms.KeysAndAliases)}; known: {string.Join(", ", _platforms.Keys)}");
        return platform;
    }

    // A pasted profile URL is read as the handle it stands for, so banners and bios show "@AcmeAirHelp", not a
    // wrapped address; a URL of another site is refused with what to write.
    private static string? HandleFromUrl(PlatformInfo platform, string handle, MappingReader r)
    {
        if (!ProfileUrls.LooksLikeUrl(handle)) return handle;
        if (ProfileUrls.HandleFrom(platform, handle) is { } fromUrl) return fromUrl;
        r.Bag.Add(r.Node("handle")!, r.Child("handle"),
            $"'{handle}' is not a {platform.DisplayName} profile URL; write the handle itself, e.g. handle: \"{ProfileUrls.Example(platform)}\"");
        return null;
    }

    private static string? ProfileUrl(PlatformInfo platform, string handle, MappingReader r)
    {
        var error = ProfileUrls.TryBuild(platform, handle, out var url);
        if (error is not null) r.Bag.Add(r.Node("handle")!, r.Child("handle"), error);
        return url;
    }

    private static ReplyPromise? ReadReply(YamlNode node, string field, LanguageScope? scope, DiagnosticBag bag)
    {
        var r = new MappingReader(node, field, DefinitionKeys.Reply, bag);
        var withinText = r.String("within", required: true);
        ReplyTime? within = null;
        if (withinText is not null)
        {
            within = DurationText.TryParseReplyTime(withinText);
            if (within is null || within.Nominal <= Duration.Zero)
            {
                bag.Add(r.Node("within")!, r.Child("within"), $"{UntrustedText.Quote(withinText)} is not a duration; write e.g. 15m, 4h, 1h30m or 2d");
                within = null;
            }
        }
        // 'next-opening' is the rule the tool computes; any other text (or map of texts) is shown as it is. Free text
        // is a sentence: a single word is the keyword or a typo of it ("next_opening"), never a promise.
        var offHoursNode = r.Node("off_hours");
        var offHours = OffHoursRule.NextOpening;
        if (offHoursNode is YamlScalarNode { Value: { } word } && !word.Trim().Any(char.IsWhiteSpace) &&
            !string.Equals(word.Trim(), OffHoursRule.NextOpeningKeyword, StringComparison.OrdinalIgnoreCase) && !MappingReader.IsNull(offHoursNode))
            bag.Add(offHoursNode, r.Child("off_hours"),
                $"'{word}' is not an off-hours keyword{DidYouMean.Suggest(word.Trim(), [OffHoursRule.NextOpeningKeyword])}; " +
                $"write {OffHoursRule.NextOpeningKeyword}, or a sentence such as \"We answer on Monday morning.\"");
        else if (offHoursNode is not null && !MappingReader.IsNull(offHoursNode) &&
            !(offHoursNode is YamlScalarNode { Value: { } keyword } && string.Equals(keyword.Trim(), OffHoursRule.NextOpeningKeyword, StringComparison.OrdinalIgnoreCase)) &&
            LocalizedTextReader.Read(offHoursNode, r.Child("off_hours"), scope, bag) is { } offHoursText)
            offHours = new OffHoursRule(offHoursText);
        return within is null ? null : new ReplyPromise(within, offHours);
    }

    private static ImmutableArray<ClosedPeriod> ReadClosed(MappingReader r, LanguageScope? scope)
    {
        var result = new List<ClosedPeriod>();
        var items = r.List("closed");
        if (items.Count > InputLimits.ClosedPerChannel)
        {
            r.Bag.Add(r.Node("closed")!, r.Child("closed"),
                $"{items.Count} closed dates and periods; a channel may have at most {InputLimits.ClosedPerChannel} (write runs of days as one from/to period)");
            return [];
        }
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var field = $"{r.Child("closed")}[{i}]";
            if (item is YamlScalarNode scalar)
            {
                if (ParseDate(scalar.Value) is { } date) result.Add(new ClosedPeriod(date, date, null));
                else r.Bag.Add(item, field, $"{UntrustedText.Quote(scalar.Value ?? "")} {NotADate}");
                continue;
            }
            var m = new MappingReader(item, field, DefinitionKeys.Closed, r.Bag);
            var single = Date(m, "date");
            var from = single ?? Date(m, "from");
            var to = single ?? Date(m, "to") ?? from;
            if (from is null)
                r.Bag.Add(item, field, "give 'date', or 'from' and 'to'");
            else if (to < from)
                r.Bag.Add(item, field, $"'to' ({to:yyyy-MM-dd}) is before 'from' ({from:yyyy-MM-dd})");
            else
                result.Add(new ClosedPeriod(from.Value, to!.Value, LocalizedTextReader.Read(m, "reason", scope)));
        }
        return [.. result.OrderBy(c => c.From)];

        static LocalDate? Date(MappingReader m, string key)
        {
            var text = m.String(key);
            if (text is null) return null;
            var date = ParseDate(text);
            if (date is null) m.Bag.Add(m.Node(key)!, m.Child(key), $"{UntrustedText.Quote(text)} {NotADate}");
            return date;
        }
    }

    private static readonly string NotADate = string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"is not a date from {InputLimits.EarliestDate:yyyy-MM-dd} to {InputLimits.LatestDate:yyyy-MM-dd}; write it as 2026-12-25");

    // Dates outside the supported years count as not dates: schedules are searched day by day up to the last
    // closure, and the year 9999 leaves NodaTime no room for the day after.
    private static LocalDate? ParseDate(string? text) =>
        text is not null && LocalDatePattern.Iso.Parse(text.Trim()) is { Success: true } result
        && result.Value >= InputLimits.EarliestDate && result.Value <= InputLimits.LatestDate
            ? result.Value
            : null;

    private static ImmutableArray<NotForItem> ReadNotFor(MappingReader r, LanguageScope? scope)
    {
        var result = new List<NotForItem>();
        var items = r.List("not_for");
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var field = $"{r.Child("not_for")}[{i}]";
            if (item is YamlScalarNode)
            {
                if (LocalizedTextReader.Read(item, field, scope, r.Bag) is { } text) result.Add(new NotForItem(text, null));
                continue;
            }
            var m = new MappingReader(item, field, DefinitionKeys.NotFor, r.Bag);
            var what = LocalizedTextReader.Read(m, "text", scope, required: true);
            var goTo = ReadUrl(m, "go_to", webOnly: false);
            if (what is not null) result.Add(new NotForItem(what, goTo));
        }
        return [.. result];
    }

    private static Crisis? ReadCrisis(YamlNode node, LanguageScope? scope, DiagnosticBag bag)
    {
        var r = new MappingReader(node, "crisis", DefinitionKeys.Crisis, bag);
        var contact = r.String("contact", required: true);
        var statement = LocalizedTextReader.Read(r, "statement", scope, required: true);
        return contact is null || statement is null ? null : new Crisis(contact, statement);
    }

    private static string? ReadSlug(MappingReader r, string key, bool required)
    {
        var text = r.String(key, required);
        if (text is null) return null;
        if (SlugRule.IsSlug(text)) return text;
        r.Bag.Add(r.Node(key)!, r.Child(key),
            $"{UntrustedText.Quote(text)} is not a safe slug: use 1-63 lowercase letters, digits and dashes, starting and ending with a letter or digit");
        return null;
    }

    /// <summary>An absolute URL; <paramref name="webOnly"/> allows http(s) alone, otherwise mailto: and tel: too.</summary>
    private static string? ReadUrl(MappingReader r, string key, bool webOnly)
    {
        var text = r.String(key);
        if (text is null) return null;
        if (SafeUrl.IsAllowed(text, webOnly)) return text;
        r.Bag.Add(r.Node(key)!, r.Child(key), webOnly
            ? $"{UntrustedText.Quote(text)} is not an absolute http(s) URL"
            : $"{UntrustedText.Quote(text)} is not an absolute http(s), mailto: or tel: URL");
        return null;
    }

    private string? ReadLogo(MappingReader r, string baseDirectory) => ImageFileField.Read(r, "logo", baseDirectory, DecodeImages);

    private static BrandColors? ReadColors(MappingReader brand)
    {
        var node = brand.Node("colors");
        if (node is null) return BrandColors.Default;
        var r = new MappingReader(node, brand.Child("colors"), DefinitionKeys.Colors, brand.Bag);
        RgbColor? Color(string key, RgbColor fallback)
        {
            var text = r.String(key);
            if (text is null) return fallback;
            if (RgbColor.TryParse(text, out var color)) return color;
            r.Bag.Add(r.Node(key)!, r.Child(key), $"{UntrustedText.Quote(text)} is not a colour; write it as #rrggbb");
            return null;
        }
        var d = BrandColors.Default;
        var (background, text, accent) = (Color("background", d.Background), Color("text", d.Text), Color("accent", d.Accent));
        return background is null || text is null || accent is null ? null : new BrandColors(background.Value, text.Value, accent.Value);
    }

    private DateTimeZone? ReadZone(MappingReader r, string key, bool required)
    {
        var text = r.String(key, required);
        if (text is null) return null;
        var zone = _zones.GetZoneOrNull(text);
        if (zone is null && FixedOffsetZones.Explain(text, _zones) is { } offsetHint)
            r.Bag.Add(r.Node(key)!, r.Child(key), offsetHint);
        else if (zone is null)
            r.Bag.Add(r.Node(key)!, r.Child(key), $"unknown time zone {UntrustedText.Quote(text)}{DidYouMean.Suggest(text, _zones.Ids)}; use an IANA name such as America/New_York");
        return zone;
    }

    private static ImmutableArray<string> ReadLanguages(MappingReader r, string key)
    {
        var result = new List<string>();
        foreach (var (node, text) in r.Strings(key))
        {
            if (!LanguagePattern().IsMatch(text))
                r.Bag.Add(node, r.Child(key), $"{UntrustedText.Quote(text)} is not a BCP 47 language tag such as en, es or pt-BR");
            else if (result.Contains(text, StringComparer.OrdinalIgnoreCase))
                r.Bag.Add(node, r.Child(key), $"{UntrustedText.Quote(text)} is listed twice");
            else
                result.Add(text);
        }
        return [.. result];
    }

    private static T? ReadEnum<T>(MappingReader r, string key, bool required) where T : struct, Enum
    {
        var text = r.String(key, required);
        if (text is null) return null;
        if (Enum.TryParse<T>(text, ignoreCase: true, out var value) && !int.TryParse(text, out _)) return value;
        var names = Enum.GetNames<T>().Select(n => n.ToLowerInvariant()).ToArray();
        r.Bag.Add(r.Node(key)!, r.Child(key), $"{UntrustedText.Quote(text)} is not one of {string.Join(", ", names)}{DidYouMean.Suggest(text, names)}");
        return null;
    }
}
