using FollowUp.Orchestrations.Operations.Erasure;

namespace FollowUp.Api.Tests.Unit;

public sealed class CandidateAddressTests
{
    [Fact]
    public void Hash_is_the_same_whatever_the_case_and_does_not_contain_the_address()
    {
        var hash = CandidateAddress.Hash("Hanako.Sato@Example.com");

        Assert.Equal(hash, CandidateAddress.Hash("hanako.sato@example.com"));
        Assert.DoesNotContain("hanako", hash, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(16, hash.Length);
    }

    [Theory]
    [InlineData("hanako@example.com", true)]
    [InlineData("hanako+tag@mail.example.co.jp", true)]
    [InlineData("hanako@localhost", false)]
    [InlineData("Hanako <hanako@example.com>", false)]
    [InlineData("hanako", false)]
    [InlineData("", false)]
    public void Accepts_what_the_report_accepts(string address, bool valid)
    {
        Assert.Equal(valid, CandidateAddress.IsValid(address));
    }
}
