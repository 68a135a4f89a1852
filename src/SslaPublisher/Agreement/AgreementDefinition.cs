namespace SslaPublisher.Agreement;

/// <summary>The internal agreement behind the public promise (filled in by the agreement feature).</summary>
public sealed record AgreementDefinition;
