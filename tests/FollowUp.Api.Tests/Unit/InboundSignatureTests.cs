using System.Text;
using FollowUp.Api.Inbound;
using FollowUp.Orchestrations.Operations.Inbound;

namespace FollowUp.Api.Tests.Unit;

public sealed class InboundSignatureTests
{
    private const string Secret = "inbound-test-secret-0123456789abcdef";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"messageId":"<m@x>"}""");

    [Fact]
    public void Signature_of_the_raw_body_with_the_secret_is_valid()
    {
        Assert.True(InboundSignature.IsValid(Secret, Body, InboundSignature.Sign(Secret, Body)));
    }

    [Fact]
    public void Upper_case_hex_and_scheme_are_accepted()
    {
        Assert.True(InboundSignature.IsValid(Secret, Body, InboundSignature.Sign(Secret, Body).ToUpperInvariant()));
    }

    [Fact]
    public void Signature_is_the_documented_hmac_sha256_hex()
    {
        var expected = "sha256=" + Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Body));

        Assert.Equal(expected, InboundSignature.Sign(Secret, Body));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sha256=")]
    [InlineData("sha256=zz")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("sha256=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("sha256=00000000000000000000000000000000000000000000000000000000000000")]
    public void Missing_malformed_or_wrong_signatures_are_invalid(string? header)
    {
        Assert.False(InboundSignature.IsValid(Secret, Body, header));
    }

    [Fact]
    public void Signature_made_with_another_secret_is_invalid()
    {
        Assert.False(InboundSignature.IsValid(Secret, Body, InboundSignature.Sign("another-secret-0123456789", Body)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sha256=zz")]
    [InlineData("sha1=0000000000000000000000000000000000000000")]
    [InlineData("sha256=00000000000000000000000000000000000000000000000000000000000000")]
    public void A_header_without_the_signature_form_is_told_apart_before_the_body_is_read(string? header)
    {
        Assert.False(InboundSignature.IsWellFormed(header));
    }

    [Fact]
    public void A_wrong_signature_of_the_right_form_passes_the_form_check_and_fails_the_body_check()
    {
        var header = "sha256=" + new string('a', 64);

        Assert.True(InboundSignature.IsWellFormed(header));
        Assert.False(InboundSignature.IsValid(Secret, Body, header));
    }
}
