namespace SslaPublisher.Platforms.Counting;

/// <summary>The counter for each <see cref="CountingRule"/>; the catalog says which rule a platform uses.</summary>
public static class TextCounters
{
    // Created on first use: X's and Mastodon's counters compile URL expressions over 1,500 TLDs, which `ssla count
    // -p bluesky` never needs.
    private static readonly Lazy<ITextCounter> Twitter = new(() => new TwitterTextCounter());
    private static readonly Lazy<ITextCounter> Mastodon = new(() => new MastodonNoteCounter());
    private static readonly ITextCounter Graphemes = new GraphemeCounter();
    private static readonly ITextCounter Characters = new CharacterCounter();

    /// <summary>The built-in counter for <paramref name="rule"/>.</summary>
    public static ITextCounter For(CountingRule rule) => rule switch
    {
        CountingRule.TwitterWeighted => Twitter.Value,
        CountingRule.MastodonNote => Mastodon.Value,
        CountingRule.Graphemes => Graphemes,
        CountingRule.Characters => Characters,
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "No counter for this rule."),
    };

    /// <summary>Measures <paramref name="text"/> against a platform's bio limit.</summary>
    public static LengthCheck Check(string text, BioSpec spec)
    {
        var length = For(spec.Counting).Count(text);
        // While the rule is unconfirmed for bios (X), the text must fit whether or not the platform applies it.
        var plain = spec.Provenance.Confirmed ? null : length.Plain;
        return new LengthCheck(length.Value, plain, spec.Limit);
    }
}

/// <summary>A text's length against a limit.</summary>
/// <param name="Length">Length by the platform's rule.</param>
/// <param name="PlainLength">Plain length, also checked when the rule is unconfirmed (X); otherwise null.</param>
/// <param name="Limit">The platform's limit.</param>
public sealed record LengthCheck(int Length, int? PlainLength, int Limit)
{
    /// <summary>The larger of the lengths that must fit: what decides whether the text fits.</summary>
    public int Effective => Math.Max(Length, PlainLength ?? 0);

    /// <summary>True when every checked length is within the limit.</summary>
    public bool Fits => Effective <= Limit;

    /// <summary><c>43/160</c>, or for X <c>43/160 (weighted), 41/160 (plain)</c>.</summary>
    public override string ToString() => PlainLength is { } plain
        ? $"{Length}/{Limit} weighted, {plain}/{Limit} plain"
        : $"{Length}/{Limit}";
}
