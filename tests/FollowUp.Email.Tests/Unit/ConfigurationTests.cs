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

    [Theory]
    [InlineData("smtp.example.com")]
    [InlineData("10.0.0.5")]
    [InlineData("smtp4dev")]
    public void Smtp_without_tls_to_a_remote_server_fails_at_start_up_naming_the_setting(string host)
    {
        using var services = EmailHost.Build(new Dictionary<string, string?>
        {
            ["FollowUp:Email:Transport"] = "Smtp",
            ["FollowUp:Email:Smtp:Host"] = host,
            ["FollowUp:Email:Smtp:RequireTls"] = "false",
        });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<EmailOptions>>().Value);

        Assert.Contains(SmtpOptions.RequireTlsKey, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    public void Smtp_without_tls_is_accepted_for_a_server_on_this_machine(string host)
    {
        using var services = EmailHost.Build(new Dictionary<string, string?>
        {
            ["FollowUp:Email:Transport"] = "Smtp",
            ["FollowUp:Email:Smtp:Host"] = host,
            ["FollowUp:Email:Smtp:RequireTls"] = "false",
        });

        var smtp = services.GetRequiredService<IOptions<EmailOptions>>().Value.Smtp;

        Assert.False(smtp.RequireTls);
    }

    [Fact]
    public void Smtp_requires_tls_unless_told_otherwise()
    {
        using var services = EmailHost.Build(new Dictionary<string, string?>
        {
            ["FollowUp:Email:Transport"] = "Smtp",
            ["FollowUp:Email:Smtp:Host"] = "smtp.example.com",
        });

        Assert.True(services.GetRequiredService<IOptions<EmailOptions>>().Value.Smtp.RequireTls);
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
