using System.Text;
using FollowUp.Api.Inbound.Mail;

namespace FollowUp.Api.Tests.Inbound.Mail;

public sealed class WebhookBasicAuthTests
{
    private const string User = "sendgrid-inbound";
    private const string Password = "v3ry-l0ng-r4nd0m:with-a-colon";

    private static string Basic(string credentials) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials));

    [Fact]
    public void The_configured_credentials_are_accepted_even_with_a_colon_in_the_password()
    {
        Assert.True(WebhookBasicAuth.IsValid(Basic($"{User}:{Password}"), User, Password));
    }

    [Fact]
    public void The_scheme_name_is_case_insensitive()
    {
        Assert.True(WebhookBasicAuth.IsValid(Basic($"{User}:{Password}").Replace("Basic", "basic", StringComparison.Ordinal), User, Password));
    }

    [Theory]
    [InlineData("sendgrid-inbound:wrong")]
    [InlineData("someone-else:v3ry-l0ng-r4nd0m:with-a-colon")]
    [InlineData("sendgrid-inbound:v3ry-l0ng-r4nd0m")]
    [InlineData("sendgrid-inbound")]
    [InlineData(":")]
    public void Other_credentials_are_refused(string credentials)
    {
        Assert.False(WebhookBasicAuth.IsValid(Basic(credentials), User, Password));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Basic")]
    [InlineData("Basic %%%not-base64%%%")]
    [InlineData("Bearer c2VuZGdyaWQtaW5ib3VuZDp4")]
    public void Missing_or_malformed_authorization_is_refused(string? header)
    {
        Assert.False(WebhookBasicAuth.IsValid(header, User, Password));
    }
}
