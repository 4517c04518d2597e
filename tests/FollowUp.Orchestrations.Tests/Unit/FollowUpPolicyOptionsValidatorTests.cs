using FollowUp.Orchestrations.Policy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FollowUp.Orchestrations.Tests.Unit;

public sealed class FollowUpPolicyOptionsValidatorTests
{
    private static FollowUpPolicy PolicyFrom(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var provider = new ServiceCollection().AddFollowUpPlaybook(configuration).BuildServiceProvider();
        return provider.GetRequiredService<FollowUpPolicy>();
    }

    [Fact]
    public void Defaults_are_the_playbooks_two_days_and_three_months_in_office_hours_in_tokyo()
    {
        var policy = PolicyFrom([]);

        Assert.Equal(IsoDuration.Parse("P2D"), policy.ReplyWindow);
        Assert.Equal(IsoDuration.Parse("P3M"), policy.NurtureAfter);
        Assert.Equal(SendWindow.Parse("09:00-19:00"), policy.SendWindow);
        Assert.Equal("Asia/Tokyo", policy.DefaultTimeZone);
    }

    [Fact]
    public void Configured_values_shrink_the_policy_for_demos()
    {
        var policy = PolicyFrom(new() { ["FollowUp:Policy:ReplyWindow"] = "PT20S", ["FollowUp:Policy:SendWindow"] = "00:00-24:00" });

        Assert.Equal(TimeSpan.FromSeconds(20), policy.ReplyWindow.Time);
        Assert.True(policy.SendWindow.IsAnyTime);
    }

    [Fact]
    public void A_bad_value_is_reported_with_its_key_and_value()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => PolicyFrom(new()
        {
            ["FollowUp:Policy:ReplyWindow"] = "2 days",
            ["FollowUp:Policy:SendWindow"] = "9-19",
            ["FollowUp:Policy:DefaultTimeZone"] = "Mars/Olympus",
            ["FollowUp:Policy:NurtureAfter"] = "P0D",
        }));

        Assert.Contains(failure.Failures, f => f.Contains("FollowUp:Policy:ReplyWindow = '2 days'", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains("FollowUp:Policy:SendWindow = '9-19'", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains("FollowUp:Policy:DefaultTimeZone = 'Mars/Olympus'", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains("FollowUp:Policy:NurtureAfter = 'P0D' must be longer than zero", StringComparison.Ordinal));
    }
}
