using FollowUp.Orchestrations.Activities;
using FollowUp.Orchestrations.Cases;
using FollowUp.Orchestrations.Intake;
using FollowUp.Orchestrations.Operations;
using FollowUp.Orchestrations.Operations.Cancellation;
using FollowUp.Orchestrations.Operations.Erasure;
using FollowUp.Orchestrations.Operations.Inbound;
using FollowUp.Orchestrations.Operations.OptOut;
using FollowUp.Orchestrations.Operations.Reactions;
using FollowUp.Orchestrations.Operations.Retries;
using FollowUp.Orchestrations.Policy;
using FollowUp.Orchestrations.Recontact;
using FollowUp.Orchestrations.Privacy;
using FollowUp.Orchestrations.Replies;
using FollowUp.Orchestrations.Storage;
using FollowUp.Orchestrations.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FollowUp.Orchestrations;

/// <summary>Registration shared by every host: the Functions app, the local host and the tests.</summary>
public static class FollowUpServiceCollectionExtensions
{
    /// <summary>
    /// The playbook and its services: the policy (validated at start-up), the activities and the
    /// domain services behind the routes. The stores and the email port are adapters each host
    /// registers (FollowUp.Storage, FollowUp.Email); a host that forgot one stops at start-up.
    /// </summary>
    public static IServiceCollection AddFollowUpPlaybook(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        // Bound from the configuration given rather than the container's: a test runtime registers a
        // configuration of its own, and the one a caller passes must be the one that counts.
        services.AddOptions<FollowUpPolicyOptions>()
            .Bind(configuration.GetSection(FollowUpPolicyOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FollowUpPolicyOptions>, FollowUpPolicyOptionsValidator>());
        services.AddOptions<ReplyHandlingOptions>()
            .Bind(configuration.GetSection(ReplyHandlingOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReplyHandlingOptions>, ReplyHandlingOptionsValidator>());
        services.AddOptions<OperationsOptions>()
            .Bind(configuration.GetSection(OperationsOptions.SectionName))
            .Validate(options => options.IsValid, $"{OperationsOptions.SectionName}:{nameof(OperationsOptions.OpsEmail)} is not an email address.")
            .ValidateOnStart();
        services.TryAddSingleton(sp =>
        {
            var replies = sp.GetRequiredService<IOptions<ReplyHandlingOptions>>().Value;
            var operations = sp.GetRequiredService<IOptions<OperationsOptions>>().Value;
            return sp.GetRequiredService<IOptions<FollowUpPolicyOptions>>().Value.ToPolicy() with
            {
                ReplyAutoApply = replies.AutoApply,
                ReplyMinConfidence = replies.MinConfidence,
                OpsEmail = operations.Address,
            };
        });
        services.AddOptions<RecontactOptions>()
            .Bind(configuration.GetSection(RecontactOptions.SectionName))
            .Validate(options => options.IsValid, $"{RecontactOptions.SectionName}: Interval must be 1 second to 1 day, SendFrom a time of day, ClaimLease at least 1 second.")
            .ValidateOnStart();
        // Unset, the token signing key keys address hashes (docs/operations.md says how to keep it on rotation).
        services.AddOptions<PrivacyOptions>()
            .Bind(configuration.GetSection(PrivacyOptions.SectionName))
            .PostConfigure(options => options.AddressHashKey ??= configuration[PrivacyOptions.FallbackKeyKey]);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PrivacyOptions>, PrivacyOptionsValidator>());
        services.TryAddSingleton<AddressHasher>();
        services.TryAddSingleton<IEmailCopies, NoEmailCopies>();
        services.AddReplyIntentReading(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, RequiredAdaptersCheck>());

        // Metrics are recorded whether or not a host exports them; without an exporter they cost nothing.
        services.AddMetrics();
        services.TryAddSingleton<FollowUpMetrics>();

        services.TryAddSingleton<CaseProjection>();
        services.TryAddTransient<CaseListing>();
        services.TryAddTransient<CaseFigures>();
        services.TryAddTransient<RecordInterview>();
        services.TryAddTransient<SendEmail>();
        services.TryAddTransient<UpdateTalentPool>();
        services.TryAddTransient<WriteRetrospective>();

        services.TryAddTransient<InterviewIntake>();
        services.TryAddTransient<InterviewReactions>();
        services.TryAddTransient<InterviewCancellation>();
        services.TryAddTransient<Operations.DateConfirmations.InterviewDateConfirmations>();
        services.TryAddTransient<Operations.Scheduling.InterviewSlots>();
        services.TryAddTransient<Operations.Scheduling.CandidateScheduling>();
        services.TryAddTransient<InterviewRetries>();
        services.TryAddTransient<CaseReferences>();
        services.TryAddTransient<InboundEmailReceiver>();
        services.TryAddTransient<CandidateOptOut>();
        services.TryAddTransient<CandidateErasure>();
        services.TryAddTransient<ErasureRequests>();
        services.TryAddTransient<HealthCheck>();
        services.TryAddTransient<RecontactDigests>();
        services.TryAddTransient<Voice.VoiceUploads>();
        services.TryAddTransient<Voice.VoiceListening>();
        return services;
    }

    /// <summary>For a host without a timer trigger (the local host): sends the re-contact digests on <see cref="RecontactOptions.Interval"/>.</summary>
    public static IServiceCollection AddRecontactDigestTimer(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, RecontactDigestTimer>());
        return services;
    }
}
