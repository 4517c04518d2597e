using System.Text;
using FollowUp.Api.Inbound;
using FollowUp.Api.Routing;
using FollowUp.Api.Tests.Support;

namespace FollowUp.Api.Tests.Routes;

/// <summary>A provider's route exists only once its settings are set: without them it answers 404, whatever is posted.</summary>
public sealed class DisabledProviderRouteTests(ApiHost api) : IClassFixture<ApiHost>
{
    [Theory]
    [InlineData(RouteNames.ReceiveMailgunEmail, InboundEmailOptions.MailgunSigningKeyKey)]
    [InlineData(RouteNames.ReceiveSendGridEmail, InboundEmailOptions.SendGridUsernameKey)]
    [InlineData(RouteNames.ReceivePostmarkEmail, InboundEmailOptions.PostmarkUsernameKey)]
    public async Task Route_of_a_provider_without_settings_answers_404_problem_naming_them(string route, string setting)
    {
        // Arrange
        var credentials = ProviderPost.Basic(ProviderApiHost.SendGridUsername, ProviderApiHost.SendGridPassword);

        // Act
        var answer = await api.PostAsync(route, Encoding.UTF8.GetBytes("{}"), "application/json", credentials);

        // Assert
        Assert.Equal(404, answer.StatusCode);
        Assert.StartsWith("application/problem+json", answer.ContentType, StringComparison.Ordinal);
        Assert.Contains(setting, ApiHost.Json(answer).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabled_route_reads_nothing_of_the_post()
    {
        // Act
        var answer = await api.PostAsync(RouteNames.ReceiveMailgunEmail, new UnreadableStream(), InboundRequestLimits.MaxProviderPostBytes + 1L, "multipart/form-data; boundary=b");

        // Assert
        Assert.Equal(404, answer.StatusCode);
    }
}
