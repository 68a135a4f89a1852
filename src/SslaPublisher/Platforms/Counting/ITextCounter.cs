namespace SslaPublisher.Platforms.Counting;

/// <summary>Counts the length of a text the way one platform does (one implementation per <see cref="CountingRule"/>).</summary>
public interface ITextCounter
{
    /// <summary>The rule this counter implements.</summary>
    CountingRule Rule { get; }

    /// <summary>The length of <paramref name="text"/> as the platform counts it.</summary>
    TextLength Count(string text);
}

/// <summary>A counted length.</summary>
/// <param name="Value">The length by the platform's rule.</param>
/// <param name="Plain">
/// For rules that transform the text before counting (X's weighting and URL shortening), the plain length too:
/// Unicode code points after NFC, URLs at their full length. Null for rules that count plainly already.
/// </param>
public readonly record struct TextLength(int Value, int? Plain = null);
