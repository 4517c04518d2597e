using Azure.Core;
using Azure.Identity;
using FollowUp.Email.Acs;
using FollowUp.Email.Configuration;
using FollowUp.Email.Dispatch;
using FollowUp.Email.Pickup;
using FollowUp.Email.Rendering;
using FollowUp.Email.Smtp;
using FollowUp.Email.Tokens;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Recontact;
using FollowUp.Orchestrations.Operations;
using FollowUp.Orchestrations.Storage;
using FollowUp.Orchestrations.Voice;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FollowUp.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IEmailDispatcher"/> with the transport <c>FollowUp:Email:Transport</c>
    /// names, the templates, and <see cref="ReplyTokens"/> for the HTTP API. Settings are validated
    /// when the host starts.
    /// </summary>
    public static IServiceCollection AddFollowUpEmail(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.SectionName)).ValidateOnStart();
        services.AddOptions<TokenOptions>().Bind(configuration.GetSection(TokenOptions.SectionName)).ValidateOnStart();
        services.AddOptions<PublicLinkOptions>().Bind(configuration.GetSection(PublicLinkOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EmailOptions>, EmailOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TokenOptions>, TokenOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PublicLinkOptions>, PublicLinkOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TokenService>();
        services.TryAddSingleton<ReplyTokens>();
        services.TryAddSingleton<IReplyTokenMatcher>(provider => provider.GetRequiredService<ReplyTokens>());
        services.TryAddSingleton<IVoiceLinks, VoiceLinks>();
        services.TryAddSingleton<TemplateSource>();
        services.TryAddSingleton<TemplateRenderer>();
        services.TryAddSingleton<EmailComposer>();

        services.TryAddSingleton(CreateAcsClient);
        services.TryAddSingleton<PickupTransport>();
        services.TryAddSingleton<SmtpTransport>();
        services.TryAddSingleton<AcsTransport>();
        services.TryAddSingleton<IEmailTransport>(provider => provider.GetRequiredService<IOptions<EmailOptions>>().Value.Transport switch
        {
            EmailTransportKind.Acs => provider.GetRequiredService<AcsTransport>(),
            EmailTransportKind.Smtp => provider.GetRequiredService<SmtpTransport>(),
            _ => provider.GetRequiredService<PickupTransport>(),
        });
        services.TryAddSingleton<IEmailDispatcher, EmailDispatcher>();
        services.TryAddSingleton<IRecontactDigestMailer, RecontactDigestMailer>();

        // Replaces the playbook's "no copies" whichever was registered first.
        services.RemoveAll<IEmailCopies>().AddSingleton<IEmailCopies, PickupEmailCopies>();
        return services;
    }

    private static EmailClient CreateAcsClient(IServiceProvider provider)
    {
        var acs = provider.GetRequiredService<IOptions<EmailOptions>>().Value.Acs;
        var clientOptions = new EmailClientOptions();
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.MaxRetries = acs.MaxRetries;
        clientOptions.Retry.Delay = acs.RetryDelay;
        clientOptions.Retry.MaxDelay = acs.MaxRetryDelay;
        clientOptions.Diagnostics.IsLoggingContentEnabled = false;

        if (!string.IsNullOrWhiteSpace(acs.ConnectionString))
        {
            return new EmailClient(AcsConnectionString.Parse(acs.ConnectionString), clientOptions, provider.GetRequiredService<TimeProvider>());
        }

        var endpoint = acs.Endpoint
            ?? throw new InvalidOperationException($"Set {AcsOptions.ConnectionStringKey} or {AcsOptions.EndpointKey}.");
        TokenCredential credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions
        {
            ManagedIdentityClientId = acs.ManagedIdentityClientId,
        });
        return new EmailClient(endpoint, credential, clientOptions);
    }
}
