using FollowUp.Api;
using FollowUp.Api.Inbound;
using FollowUp.Orchestrations.Operations.Inbound;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FollowUp.Api.Tests.Unit;

public sealed class InboundEmailOptionsTests
{
    private const string Secret = "0123456789abcdef";
    private const string Password = "sg-password-0123456789";

    private static InboundEmailOptions Resolve(string? secret) =>
        Resolve((InboundEmailOptions.SigningSecretKey, secret));

    private static InboundEmailOptions Resolve(params (string Key, string? Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        using var services = new ServiceCollection().AddLogging().AddFollowUpApi(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<InboundEmailOptions>>().Value;
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("too-short")]
    [InlineData("   fifteen chars   ")]
    public void Missing_or_short_secret_is_refused_naming_the_key(string? secret)
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Resolve(secret));

        Assert.Contains(InboundEmailOptions.SigningSecretKey, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Secret_of_sixteen_characters_is_accepted()
    {
        Assert.Equal("0123456789abcdef", Resolve("0123456789abcdef").SigningSecret);
    }

    [Fact]
    public async Task Host_serving_the_routes_refuses_to_start_without_the_secret()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Services.AddFollowUpApi(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["FollowUp:Tokens:SigningKey"] = "a-token-key-that-is-set-0123456789" })
            .Build());
        using var host = builder.Build();

        await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }

    [Fact]
    public async Task Host_serving_the_routes_refuses_to_start_without_a_key_for_address_hashes()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Services.AddFollowUpApi(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [InboundEmailOptions.SigningSecretKey] = Secret })
            .Build());
        using var host = builder.Build();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("FollowUp:Privacy:AddressHashKey", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Provider_routes_are_off_when_none_of_their_settings_is_set()
    {
        var options = Resolve(Secret);

        Assert.False(options.Mailgun.IsEnabled);
        Assert.False(options.SendGrid.IsEnabled);
        Assert.False(options.Postmark.IsEnabled);
    }

    [Fact]
    public void Provider_settings_bind_from_their_keys_and_enable_their_routes()
    {
        var options = Resolve(
            (InboundEmailOptions.SigningSecretKey, Secret),
            (InboundEmailOptions.MailgunSigningKeyKey, "key-3ax6xnjp29jd6fds4gc373sgvjxteol0"),
            (InboundEmailOptions.SendGridUsernameKey, "sendgrid"),
            (InboundEmailOptions.SendGridPasswordKey, Password),
            (InboundEmailOptions.PostmarkUsernameKey, "postmark"),
            (InboundEmailOptions.PostmarkPasswordKey, Password));

        Assert.Equal("key-3ax6xnjp29jd6fds4gc373sgvjxteol0", options.Mailgun.SigningKey);
        Assert.True(options.Mailgun.IsEnabled);
        Assert.Equal("sendgrid", options.SendGrid.Username);
        Assert.True(options.SendGrid.IsEnabled);
        Assert.Equal("postmark", options.Postmark.Username);
        Assert.True(options.Postmark.IsEnabled);
    }

    [Theory]
    [InlineData(InboundEmailOptions.SendGridUsernameKey, InboundEmailOptions.SendGridPasswordKey)]
    [InlineData(InboundEmailOptions.PostmarkUsernameKey, InboundEmailOptions.PostmarkPasswordKey)]
    [InlineData(InboundEmailOptions.SendGridPasswordKey, InboundEmailOptions.SendGridUsernameKey)]
    [InlineData(InboundEmailOptions.PostmarkPasswordKey, InboundEmailOptions.PostmarkUsernameKey)]
    public void One_credential_without_the_other_is_refused_naming_both_keys(string given, string missing)
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Resolve((InboundEmailOptions.SigningSecretKey, Secret), (given, Password)));

        Assert.Contains(given, failure.Message, StringComparison.Ordinal);
        Assert.Contains(missing, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Short_basic_password_is_refused_naming_the_key()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Resolve(
            (InboundEmailOptions.SigningSecretKey, Secret),
            (InboundEmailOptions.PostmarkUsernameKey, "postmark"),
            (InboundEmailOptions.PostmarkPasswordKey, "hunter2")));

        Assert.Contains(InboundEmailOptions.PostmarkPasswordKey, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void User_name_with_a_colon_is_refused()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Resolve(
            (InboundEmailOptions.SigningSecretKey, Secret),
            (InboundEmailOptions.SendGridUsernameKey, "send:grid"),
            (InboundEmailOptions.SendGridPasswordKey, Password)));

        Assert.Contains(InboundEmailOptions.SendGridUsernameKey, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_mailgun_signing_key_is_refused_naming_the_key()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Resolve(
            (InboundEmailOptions.SigningSecretKey, Secret),
            (InboundEmailOptions.MailgunSigningKeyKey, "key-3ax6")));

        Assert.Contains(InboundEmailOptions.MailgunSigningKeyKey, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bad_setting_is_named_in_one_failure()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Resolve(
            (InboundEmailOptions.MailgunSigningKeyKey, "short"),
            (InboundEmailOptions.SendGridUsernameKey, "sendgrid")));

        Assert.Contains(InboundEmailOptions.SigningSecretKey, failure.Message, StringComparison.Ordinal);
        Assert.Contains(InboundEmailOptions.MailgunSigningKeyKey, failure.Message, StringComparison.Ordinal);
        Assert.Contains(InboundEmailOptions.SendGridPasswordKey, failure.Message, StringComparison.Ordinal);
    }
}
