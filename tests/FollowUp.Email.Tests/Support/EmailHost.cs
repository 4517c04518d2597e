using FollowUp.Orchestrations.Emails;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Email.Tests.Support;

/// <summary>The library wired the way the app wires it: configuration in, <see cref="IEmailDispatcher"/> out.</summary>
internal static class EmailHost
{
    public const string SigningKey = "test-signing-key-0123456789abcdef";

    /// <param name="configure">More services, e.g. the timeline the composer reads for the owner's no-reply email.</param>
    public static ServiceProvider Build(IDictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["FollowUp:Tokens:SigningKey"] = SigningKey,
            ["FollowUp:PublicBaseUrl"] = "https://followup.example.com",
            ["FollowUp:Email:From"] = "Example Recruiting <recruiting@example.com>",
            ["FollowUp:Email:ReplyAddress"] = "reply@example.com",
            ["FollowUp:Email:CompanyName"] = "Example株式会社",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        var services = new ServiceCollection().AddLogging().AddFollowUpEmail(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider(validateScopes: true);
    }
}
