using FollowUp.Orchestrations.Operations.Erasure;

namespace FollowUp.Api.Tests.Unit;

public sealed class CandidateAddressTests
{
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
