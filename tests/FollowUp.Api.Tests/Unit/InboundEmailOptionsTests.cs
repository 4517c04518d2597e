using FollowUp.Api;
using FollowUp.Api.Inbound;
using FollowUp.Orchestrations.Operations.Inbound;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FollowUp.Api.Tests.Unit;

public sealed class InboundEmailOptionsTests
{
    private static InboundEmailOptions Resolve(string? secret)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [InboundEmailOptions.SigningSecretKey] = secret })
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
        builder.Services.AddFollowUpApi(new ConfigurationBuilder().Build());
        using var host = builder.Build();

        await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }
}
