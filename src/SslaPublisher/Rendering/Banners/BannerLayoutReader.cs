using System.Globalization;
using Scriban;
using SslaPublisher.Definition;
using SslaPublisher.Rendering.Fonts;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SslaPublisher.Rendering.Banners;

/// <summary>Reads a banner layout file, reporting every problem as <c>file:line:col: field: message</c>.</summary>
public static class BannerLayoutReader
{
    private static readonly string[] RootKeys = ["background", "fill", "scrim", "panel", "pattern", "stripe", "logo", "text"];
    private static readonly string[] StripeKeys = ["color", "height", "length"];
    private static readonly string[] ScrimKeys = ["color", "fade", "min_opacity"];
    private static readonly string[] PanelKeys = ["side", "width", "color", "image", "logo"];
    private static readonly string[] PatternKeys = ["tint", "tint_amount", "color", "opacity", "rings"];
    private static readonly string[] LogoKeys = ["size", "max_width", "gap"];
    private static readonly string[] TextKeys = ["align", "gap", "line_height", "min_scale", "blocks"];
    private static readonly string[] BlockKeys = ["text", "size", "weight", "color", "max_lines"];

    /// <summary>Parses the YAML text of a layout file.</summary>
    /// <exception cref="DefinitionException">The layout has problems; all are listed.</exception>
    public static BannerLayout Read(string yaml, string sourcePath)
    {
        var bag = new DiagnosticBag(sourcePath);
        YamlNode? root = null;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
            if (root is null) bag.Add(Mark.Empty, "the layout file is empty");
        }
        catch (YamlException e)
        {
            bag.Add(e.Start, $"YAML syntax error: {e.InnerException?.Message ?? e.Message}");
        }
        bag.ThrowIfAny();

        var r = new MappingReader(root!, "", RootKeys, bag);
        var background = Color(r, "background", "background");
        var stripe = r.Node("stripe") is { } stripeNode ? ReadStripe(new MappingReader(stripeNode, "stripe", StripeKeys, bag)) : new StripeLayout(new ColorRef("accent", default), 0);
        var logo = r.Node("logo") is { } logoNode ? ReadLogo(new MappingReader(logoNode, "logo", LogoKeys, bag)) : new LogoLayout(0, 0, 0);
        var textNode = r.Node("text", required: true);
        var text = textNode is null ? null : ReadText(new MappingReader(textNode, "text", TextKeys, bag));
        var fill = Choice<BackgroundFill>(r, "fill", "solid", new() { ["solid"] = BackgroundFill.Solid, ["photo"] = BackgroundFill.Photo, ["pattern"] = BackgroundFill.Pattern });
        var scrim = r.Node("scrim") is { } scrimNode ? ReadScrim(new MappingReader(scrimNode, "scrim", ScrimKeys, bag)) : ScrimLayout.Default;
        var panel = r.Node("panel") is { } panelNode ? ReadPanel(new MappingReader(panelNode, "panel", PanelKeys, bag)) : null;
        var pattern = r.Node("pattern") is { } patternNode ? ReadPattern(new MappingReader(patternNode, "pattern", PatternKeys, bag)) : PatternLayout.Default;
        bag.ThrowIfAny();
        return new BannerLayout(sourcePath, background, stripe, logo, text!) { Fill = fill, Scrim = scrim, Panel = panel, Pattern = pattern };
    }

    private static StripeLayout ReadStripe(MappingReader r) =>
        new(Color(r, "color", "accent"), Number(r, "height", 0, 0, 0.5), Number(r, "length", 1, 0.05, 1));

    private static ScrimLayout ReadScrim(MappingReader r) =>
        new(Color(r, "color", "background"), Number(r, "fade", 0.2, 0, 1), Number(r, "min_opacity", 0, 0, 1));

    private static PanelLayout ReadPanel(MappingReader r) => new(
        Choice<PanelSide>(r, "side", "start", new() { ["start"] = PanelSide.Start, ["end"] = PanelSide.End }),
        Number(r, "width", 0.35, 0.1, 0.6), Color(r, "color", "accent"), Flag(r, "image", true), Flag(r, "logo", true));

    private static PatternLayout ReadPattern(MappingReader r) => new(
        Color(r, "tint", "accent"), Number(r, "tint_amount", 0.2, 0, 1), Color(r, "color", "accent"),
        Number(r, "opacity", 0.25, 0, 1), (int)Number(r, "rings", 8, 0, 40));

    private static bool Flag(MappingReader r, string key, bool fallback) => Choice<bool>(r, key, fallback ? "true" : "false", new() { ["true"] = true, ["false"] = false });

    private static T Choice<T>(MappingReader r, string key, string fallback, Dictionary<string, T> choices)
    {
        var text = r.String(key) ?? fallback;
        return choices.TryGetValue(text, out var value)
            ? value
            : Fail(r, key, $"'{text}' is not one of {string.Join(", ", choices.Keys)}", choices[fallback]);
    }

    private static LogoLayout ReadLogo(MappingReader r) =>
        new(Number(r, "size", 0.8, 0, 1), Number(r, "max_width", 0.3, 0, 1), Number(r, "gap", 0.05, 0, 0.5));

    private static TextColumnLayout ReadText(MappingReader r)
    {
        var alignText = r.String("align") ?? "start";
        var align = alignText switch
        {
            "start" => TextAlign.Start,
            "center" => TextAlign.Center,
            _ => Fail(r, "align", $"'{alignText}' is not one of start, center", TextAlign.Start),
        };
        var blocks = r.List("blocks", required: true).Select((node, i) => ReadBlock(new MappingReader(node, $"text.blocks[{i}]", BlockKeys, r.Bag)));
        var result = blocks.OfType<TextBlockLayout>().ToList();
        if (r.Has("blocks") && result.Count == 0 && !r.Bag.HasErrors) r.Bag.Add(r.Node("blocks")!, r.Child("blocks"), "list at least one text block");
        return new TextColumnLayout(align, Number(r, "gap", 0.04, 0, 1), Number(r, "line_height", 1.2, 0.8, 3),
            Number(r, "min_scale", 0.3, 0.05, 1), [.. result]);
    }

    private static TextBlockLayout? ReadBlock(MappingReader r)
    {
        var source = r.String("text", required: true);
        Template? template = null;
        if (source is not null)
        {
            template = Template.Parse(source);
            if (template.HasErrors)
            {
                r.Bag.Add(r.Node("text")!, r.Child("text"), $"template error: {string.Join("; ", template.Messages.Select(m => m.Message))}");
                template = null;
            }
        }
        var weightText = r.String("weight") ?? "regular";
        var weight = weightText switch
        {
            "regular" => FontWeight.Regular,
            "bold" => FontWeight.Bold,
            _ => Fail(r, "weight", $"'{weightText}' is not one of regular, bold", FontWeight.Regular),
        };
        var size = Number(r, "size", 0.15, 0.01, 1);
        var color = Color(r, "color", "text");
        var maxLines = (int)Number(r, "max_lines", 2, 1, 10);
        var at = r.Node("text")?.Start ?? Mark.Empty;
        return template is null ? null : new TextBlockLayout(r.Field, template, size, weight, color, maxLines, (int)at.Line, (int)at.Column);
    }

    private static ColorRef Color(MappingReader r, string key, string fallback)
    {
        var text = r.String(key) ?? fallback;
        if (text is "background" or "text" or "accent") return new ColorRef(text, default);
        if (RgbColor.TryParse(text, out var color)) return new ColorRef(null, color);
        return Fail(r, key, $"'{text}' is not a colour; write background, text, accent or #rrggbb", new ColorRef(fallback, default));
    }

    private static double Number(MappingReader r, string key, double fallback, double min, double max)
    {
        var text = r.String(key);
        if (text is null) return fallback;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        return Fail(r, key, $"'{text}' is not a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}", fallback);
    }

    private static T Fail<T>(MappingReader r, string key, string message, T fallback)
    {
        r.Bag.Add(r.Node(key)!, r.Child(key), message);
        return fallback;
    }
}
