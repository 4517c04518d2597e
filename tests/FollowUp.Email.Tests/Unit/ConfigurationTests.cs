using FollowUp.Email.Configuration;
using FollowUp.Email.Dispatch;
using FollowUp.Email.Tests.Support;
using FollowUp.Orchestrations.Emails;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FollowUp.Email.Tests.Unit;

public sealed class ConfigurationTests
{
    [Theory]
    [InlineData("Pickup", "Pickup")]
    [InlineData("smtp", "Smtp")]
    [InlineData("Acs", "Acs")]
    public void The_transport_is_chosen_by_configuration_alone(string setting, string expected)
    {
        using var services = EmailHost.Build(new Dictionary<string, string?>
        {
            ["FollowUp:Email:Transport"] = setting,
            ["FollowUp:Email:Smtp:Host"] = "127.0.0.1",
            ["FollowUp:Email:Acs:ConnectionString"] = "endpoint=https://example.communication.azure.com/;accesskey=" + Convert.ToBase64String(new byte[32]),
        });

        Assert.Equal(expected, services.GetRequiredService<IEmailTransport>().Name);
        Assert.IsType<EmailDispatcher>(services.GetRequiredService<IEmailDispatcher>());
    }

    [Fact]
    public void Acs_without_a_connection_string_or_endpoint_fails_naming_both_keys()
    {
        using var services = EmailHost.Build(new Dictionary<string, string?> { ["FollowUp:Email:Transport"] = "Acs" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<EmailOptions>>().Value);

        Assert.Contains("FollowUp:Email:Acs:ConnectionString", error.Message, StringComparison.Ordinal);
        Assert.Contains("FollowUp:Email:Acs:Endpoint", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_signing_key_fails_naming_the_key()
    {
        using var services = EmailHost.Build(new Dictionary<string, string?> { ["FollowUp:Tokens:SigningKey"] = null });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<TokenOptions>>().Value);

        Assert.Contains("FollowUp:Tokens:SigningKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_connection_string_fails_without_echoing_the_key()
    {
        using var services = EmailHost.Build(new Dictionary<string, string?>
        {
            ["FollowUp:Email:Transport"] = "Acs",
            ["FollowUp:Email:Acs:ConnectionString"] = "accesskey=SECRET-VALUE",
        });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<EmailOptions>>().Value);

        Assert.Contains("FollowUp:Email:Acs:ConnectionString", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET-VALUE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_local_default_needs_no_mail_settings()
    {
        using var services = EmailHost.Build(new Dictionary<string, string?>
        {
            ["FollowUp:Email:From"] = null,
            ["FollowUp:Email:ReplyAddress"] = null,
        });

        Assert.Equal(EmailTransportKind.Pickup, services.GetRequiredService<IOptions<EmailOptions>>().Value.Transport);
        Assert.Equal("Pickup", services.GetRequiredService<IEmailTransport>().Name);
    }

    [Fact]
    public void A_candidate_address_is_masked_for_logs()
    {
        Assert.Equal("t***@example.com", AddressMask.Mask("taro@example.com"));
    }

    [Fact]
    public void The_same_message_key_always_gives_the_same_uuid_v5()
    {
        var first = MessageIdentity.For("abc/001/ConsideringThanks");
        var second = MessageIdentity.For("abc/001/ConsideringThanks");
        var other = MessageIdentity.For("abc/002/ConsideringThanks");

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
        Assert.Equal('5', first.ToString("D")[14]);
    }
}
