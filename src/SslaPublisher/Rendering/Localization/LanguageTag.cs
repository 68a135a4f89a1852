using System.Globalization;

namespace SslaPublisher.Rendering.Localization;

/// <summary>
/// What a BCP 47 tag says about its language, from CLDR through .NET's ICU data (<see cref="CultureInfo"/>): the
/// writing direction and the Open Graph locale. Works for any language ICU knows, not a list of ours.
/// </summary>
public static class LanguageTag
{
    /// <summary>True when the language is written right to left (ar, he, fa, ur…).</summary>
    public static bool IsRightToLeft(string tag) => Culture(tag)?.TextInfo.IsRightToLeft ?? false;

    /// <summary>The value of an HTML <c>dir</c> attribute: <c>rtl</c> or <c>ltr</c>.</summary>
    public static string Direction(string tag) => IsRightToLeft(tag) ? "rtl" : "ltr";

    /// <summary>
    /// The Open Graph locale (<c>language_TERRITORY</c>): the tag's own region, else CLDR's likely region for the
    /// language (en → en_US, fr → fr_FR, ar → ar_SA, zh-Hans → zh_CN, pt-BR → pt_BR); the bare language when ICU
    /// knows no region for it.
    /// </summary>
    public static string OpenGraphLocale(string tag)
    {
        var language = tag.Split('-')[0].ToLowerInvariant();
        try
        {
            var specific = CultureInfo.CreateSpecificCulture(tag);
            var region = new RegionInfo(specific.Name).TwoLetterISORegionName;
            // An ISO 3166 code (FR) or a UN M.49 area (419, Latin America) as the tag gives it.
            var isRegion = region.Length == 2 && region.All(char.IsAsciiLetter) || region.Length == 3 && region.All(char.IsAsciiDigit);
            return isRegion ? $"{language}_{region}" : language;
        }
        catch (Exception e) when (e is CultureNotFoundException or ArgumentException)
        {
            return language;
        }
    }

    private static CultureInfo? Culture(string tag)
    {
        try
        {
            return CultureInfo.GetCultureInfo(tag);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
