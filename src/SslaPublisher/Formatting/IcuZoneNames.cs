using System.Runtime.InteropServices;

namespace SslaPublisher.Formatting;

/// <summary>
/// A time zone's names in a language, from CLDR through ICU's date formatter: the short generic name (pattern
/// <c>v</c>: <c>ET</c> in English, <c>توقيت نيويورك</c> in Arabic, <c>JST</c> in Japanese, <c>MEZ</c> in German for
/// Berlin) and the exemplar city (pattern <c>VVV</c>: <c>نيويورك</c>, <c>ニューヨーク</c>, <c>Kalkutta</c>).
/// Generic names ("Eastern Time", not "EST"/"EDT") hold all year, as a weekly schedule does.
/// </summary>
/// <remarks>.NET's <see cref="TimeZoneInfo"/> names zones only in the machine's language; CLDR has every language's.</remarks>
internal static class IcuZoneNames
{
    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate void CloseFn(IntPtr format);

    private static readonly Lazy<CloseFn> DateClose = new(() => IcuLibrary.Function<CloseFn>("udat_close"));

    private const string ShortGeneric = "v";
    private const string ExemplarLocation = "VVV";
    private const string GenericLocation = "VVVV";

    // ICU's exemplar city for a zone without one (UTC, Etc/GMT+5) is CLDR's "unknown city" ("Unknown City",
    // "مدينة غير معروفة"), the same text it gives the zone Etc/Unknown.
    private const string UnknownZone = "Etc/Unknown";

    // 2026-01-15 12:00 UTC. Generic names do not change with the season; a fixed instant keeps output deterministic.
    private const double Instant = 1_768_478_400_000d;

    /// <summary>The short generic name of the IANA zone <paramref name="zoneId"/> in <paramref name="icuLocale"/>.</summary>
    public static string ShortGenericName(string icuLocale, string zoneId) => Name(icuLocale, zoneId, ShortGeneric);

    /// <summary>
    /// The generic-location label of <paramref name="zoneId"/> in <paramref name="icuLocale"/> (<c>heure : New York</c>,
    /// <c>Ora Giappone</c>): what ICU gives as the short generic name where CLDR has none of its own.
    /// </summary>
    public static string GenericLocationName(string icuLocale, string zoneId) => Name(icuLocale, zoneId, GenericLocation);

    /// <summary>
    /// The place a generic-location <paramref name="label"/> of <paramref name="icuLocale"/> names: the country for a
    /// country with one zone (<c>Allemagne</c> in <c>heure : Allemagne</c>), else the city; null when the label does
    /// not have the language's usual shape.
    /// </summary>
    public static string? PlaceIn(string icuLocale, string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        // The language's label pattern (CLDR's regionFormat, "heure : {0}"), found from a zone whose place is its city.
        const string Reference = "America/New_York";
        var referenceLabel = Name(icuLocale, Reference, GenericLocation);
        var referenceCity = Name(icuLocale, Reference, ExemplarLocation);
        var at = referenceLabel.IndexOf(referenceCity, StringComparison.Ordinal);
        if (at < 0) return null;
        var (prefix, suffix) = (referenceLabel[..at], referenceLabel[(at + referenceCity.Length)..]);
        return label.Length > prefix.Length + suffix.Length && label.StartsWith(prefix, StringComparison.Ordinal) && label.EndsWith(suffix, StringComparison.Ordinal)
            ? label[prefix.Length..^suffix.Length]
            : null;
    }

    /// <summary>
    /// The city CLDR names <paramref name="zoneId"/> by in <paramref name="icuLocale"/> (<c>New York</c>,
    /// <c>نيويورك</c>, <c>Kalkutta</c>), or null for a zone that has none (<c>UTC</c>, <c>Etc/GMT+5</c>).
    /// </summary>
    public static string? ExemplarCity(string icuLocale, string zoneId)
    {
        var city = Name(icuLocale, zoneId, ExemplarLocation);
        return city == Name(icuLocale, UnknownZone, ExemplarLocation) ? null : city;
    }

    private static string Name(string icuLocale, string zoneId, string pattern)
    {
        var status = 0;
        var format = IcuDateFormatter.DateOpen.Value(IcuDateFormatter.UdatPattern, IcuDateFormatter.UdatPattern, icuLocale, zoneId, zoneId.Length, pattern, pattern.Length, ref status);
        IcuLibrary.Check(status, $"zone name format for {icuLocale}");
        try
        {
            var buffer = new char[128];
            var length = IcuDateFormatter.DateFormat.Value(format, Instant, buffer, buffer.Length, IntPtr.Zero, ref status);
            IcuLibrary.Check(status, $"zone name of {zoneId} in {icuLocale}");
            // Some languages wrap the offset in directional marks (GMT‎+0‎ in Hebrew); isolates are added where text is laid out.
            return new string(buffer, 0, Math.Min(length, buffer.Length)).Replace("\u200E", "", StringComparison.Ordinal)
                .Replace("\u200F", "", StringComparison.Ordinal);
        }
        finally
        {
            DateClose.Value(format);
        }
    }
}
