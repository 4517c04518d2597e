using FollowUp.Api.Endpoints;
using FollowUp.Api.Inbound;
using FollowUp.Api.Routing;
using FollowUp.Api.Validation;
using FollowUp.Orchestrations;
using FollowUp.Orchestrations.Privacy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FollowUp.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>
    /// The playbook and the HTTP surface over it, as both hosts serve it: the route table's endpoints,
    /// the validators, and the inbound settings — the signing secret, which stops start-up when missing
    /// or short instead of failing the first candidate's reply, and the providers' credentials, each
    /// of which turns its route on.
    /// </summary>
    public static IServiceCollection AddFollowUpApi(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddFollowUpPlaybook(configuration);

        services.AddOptions<InboundEmailOptions>().Bind(configuration.GetSection(InboundEmailOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<InboundEmailOptions>, InboundEmailOptionsValidator>());

        // Checked where every host is composed: the address hash key (or the token key it falls back to) must exist before any erasure.
        services.AddOptions<PrivacyOptions>().ValidateOnStart();

        services.TryAddSingleton<InterviewReportValidator>();
        services.TryAddSingleton<ReactionChangeValidator>();
        services.TryAddSingleton<SlotsRequestValidator>();

        services.TryAddScoped<ApiRouter>();
        services.TryAddTransient<InterviewEndpoints>();
        services.TryAddTransient<InboundEmailEndpoint>();
        services.TryAddTransient<MailgunInboundEndpoint>();
        services.TryAddTransient<SendGridInboundEndpoint>();
        services.TryAddTransient<PostmarkInboundEndpoint>();
        services.TryAddTransient<OptOutEndpoint>();
        services.TryAddTransient<VoiceEndpoints>();
        services.TryAddTransient<SlotEndpoints>();
        services.TryAddTransient<ScheduleEndpoint>();
        services.TryAddTransient<ErasureEndpoints>();
        services.TryAddTransient<SiteEndpoints>();
        services.TryAddTransient<AdminEndpoints>();
        return services;
    }
}
