namespace SslaPublisher.Rendering.Bios;

/// <summary>What a bio template sees (snake_case in templates). Plain text: bios are never HTML.</summary>
/// <param name="Summary">
/// The channel's summary as plain text (Markdown removed); empty in languages other than the brand's first, since
/// ssla.yaml states it in that language only.
/// </param>
/// <param name="Purpose">The purpose in the bio's language (<c>Help</c>, <c>Ayuda</c>).</param>
/// <param name="Hours">Staffed hours, full (<c>Mon–Fri 9–6, Sat 10–2 ET</c>).</param>
/// <param name="HoursShort">Staffed hours, shortest (<c>M–F 9–6, Sa 10–2 ET</c>).</param>
/// <param name="Reply">The reply promise (<c>replies in 15 min</c>).</param>
/// <param name="ReplyShort">The reply promise, shortest (<c>15 min replies</c>).</param>
/// <param name="Urgent">Where to go when it cannot wait (<c>urgent: +1 800 555 0100</c>), or null.</param>
/// <param name="BrandName">The brand's name.</param>
/// <param name="Handle">The channel's handle.</param>
/// <param name="Platform">The platform's display name.</param>
public sealed record BioModel(
    string Summary,
    string Purpose,
    string Hours,
    string HoursShort,
    string Reply,
    string ReplyShort,
    string? Urgent,
    string BrandName,
    string Handle,
    string Platform);
