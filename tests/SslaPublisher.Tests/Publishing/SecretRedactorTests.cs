using SslaPublisher.Publishing;

namespace SslaPublisher.Tests.Publishing;

public sealed class SecretRedactorTests
{
    private const string Key = "c2VjcmV0LWtleS1ub2JvZHktc2hvdWxkLXNlZQ+/==";

    [Fact]
    public void Should_remove_the_account_key_in_plain_and_url_encoded_form()
    {
        // Given a redactor that knows the connection string
        var redactor = new SecretRedactor($"AccountName=acme;AccountKey={Key};EndpointSuffix=core.windows.net");

        // When redacting text that quotes the key both ways
        var text = redactor.Redact($"failed with {Key} and {Uri.EscapeDataString(Key)}");

        // Then neither form remains
        Assert.DoesNotContain(Key, text);
        Assert.DoesNotContain(Uri.EscapeDataString(Key), text);
        Assert.Contains("***", text);
    }

    [Fact]
    public void Should_remove_sas_signatures_it_was_not_told_about()
    {
        // Given a redactor that knows nothing
        var redactor = new SecretRedactor(null);

        // When redacting a URL with a SAS token and a quoted connection string
        var text = redactor.Redact("GET https://a.blob.core.windows.net/$web?sv=2024&sig=abc%2Bdef&se=1 AccountKey=zzz;x");

        // Then the signature and the key are gone, the rest is kept
        Assert.Equal("GET https://a.blob.core.windows.net/$web?sv=2024&sig=***&se=1 AccountKey=***;x", text);
    }
}
