using FollowUp.Orchestrations.Replies;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FollowUp.Orchestrations.Tests.Replies;

public sealed class ReplyReaderOptionsValidatorTests
{
    private static ReplyReaderOptions Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var provider = new ServiceCollection().AddReplyIntentReading(configuration).BuildServiceProvider();
        return provider.GetRequiredService<IOptions<ReplyReaderOptions>>().Value;
    }

    [Fact]
    public void No_model_settings_mean_the_rules_alone_read_replies()
    {
        var options = Bind([]);

        Assert.False(options.IsConfigured);
        Assert.Equal(TimeSpan.FromSeconds(10), options.TimeoutSpan);
    }

    [Fact]
    public void Model_settings_are_bound_from_followup_replies_model()
    {
        var options = Bind(new()
        {
            ["FollowUp:Replies:Model:Endpoint"] = "https://example-openai.openai.azure.com/",
            ["FollowUp:Replies:Model:Model"] = "gpt-4o-mini",
            ["FollowUp:Replies:Model:ApiKey"] = "k-123",
            ["FollowUp:Replies:Model:Timeout"] = "PT5S",
        });

        Assert.True(options.IsConfigured);
        Assert.Equal("gpt-4o-mini", options.ModelId);
        Assert.Equal("k-123", options.ApiKey);
        Assert.Equal(TimeSpan.FromSeconds(5), options.TimeoutSpan);
    }

    [Fact]
    public void A_key_alone_without_endpoint_or_model_is_reported_by_key_and_never_echoed()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Bind(new() { ["FollowUp:Replies:Model:ApiKey"] = "secret-value-123" }));

        Assert.Contains(failure.Failures, f => f.Contains("FollowUp:Replies:Model:Endpoint is required", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains("FollowUp:Replies:Model:Deployment (or FollowUp:Replies:Model:Model) is required", StringComparison.Ordinal));
        Assert.DoesNotContain(failure.Failures, f => f.Contains("secret-value-123", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://example-openai.openai.azure.com/", "gpt", null, "PT10S", "must be an absolute https:// address")]
    [InlineData("not a url", "gpt", null, "PT10S", "must be an absolute https:// address")]
    [InlineData("https://example-openai.openai.azure.com/", "gpt-4o", "gpt-4o-mini", "PT10S", "differ; give one of them")]
    [InlineData("https://example-openai.openai.azure.com/", "gpt", null, "P1D", "FollowUp:Replies:Model:Timeout = 'P1D'")]
    [InlineData("https://example-openai.openai.azure.com/", "gpt", null, "10 seconds", "FollowUp:Replies:Model:Timeout = '10 seconds'")]
    public void A_bad_setting_is_reported_with_its_key(string endpoint, string deployment, string? model, string timeout, string expected)
    {
        var result = new ReplyReaderOptionsValidator().Validate(null, new ReplyReaderOptions { Endpoint = endpoint, Deployment = deployment, Model = model, Timeout = timeout });

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_local_model_over_plain_http_on_this_machine_is_allowed()
    {
        var result = new ReplyReaderOptionsValidator().Validate(null, new ReplyReaderOptions { Endpoint = "http://localhost:11434/", Model = "llama3" });

        Assert.True(result.Succeeded);
    }
}
