namespace SslaPublisher.Agreement;

/// <summary>The two sides of the agreement.</summary>
/// <param name="Company">The company whose channels these are.</param>
/// <param name="Provider">Whoever runs the channels: an agency, an internal team or a freelancer.</param>
public sealed record AgreementParties(Party Company, Party Provider);

/// <summary>One side of the agreement.</summary>
/// <param name="Name">Legal or team name, as written (untrusted text).</param>
/// <param name="Kind">What kind of party this is.</param>
/// <param name="Representative">Who signs for or answers for this party, if stated.</param>
/// <param name="Contact">How to reach the representative (free text: email, phone), if stated.</param>
public sealed record Party(string Name, PartyKind Kind, string? Representative, string? Contact);

/// <summary>What kind of party a side of the agreement is.</summary>
public enum PartyKind
{
    /// <summary>The company whose channels these are.</summary>
    Company,
    /// <summary>An outside agency.</summary>
    Agency,
    /// <summary>A team inside the company.</summary>
    InternalTeam,
    /// <summary>A freelancer or contractor.</summary>
    Freelancer,
}
