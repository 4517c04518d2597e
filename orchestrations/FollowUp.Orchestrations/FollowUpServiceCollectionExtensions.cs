using FollowUp.Orchestrations.Activities;
using FollowUp.Orchestrations.Intake;
using FollowUp.Orchestrations.Operations;
using FollowUp.Orchestrations.Operations.Cancellation;
using FollowUp.Orchestrations.Operations.Erasure;
using FollowUp.Orchestrations.Operations.Inbound;
using FollowUp.Orchestrations.Operations.OptOut;
using FollowUp.Orchestrations.Operations.Reactions;
using FollowUp.Orchestrations.Operations.Retries;
using FollowUp.Orchestrations.Policy;
using FollowUp.Orchestrations.Replies;
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
        services.AddReplyIntentReading(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, RequiredAdaptersCheck>());

        // Metrics are recorded whether or not a host exports them; without an exporter they cost nothing.
        services.AddMetrics();
        services.TryAddSingleton<FollowUpMetrics>();

        services.TryAddTransient<RecordInterview>();
        services.TryAddTransient<SendEmail>();
        services.TryAddTransient<UpdateTalentPool>();
        services.TryAddTransient<WriteRetrospective>();

        services.TryAddTransient<InterviewIntake>();
        services.TryAddTransient<InterviewReactions>();
        services.TryAddTransient<InterviewCancellation>();
        services.TryAddTransient<Operations.DateConfirmations.InterviewDateConfirmations>();
        services.TryAddTransient<InterviewRetries>();
        services.TryAddTransient<InboundEmailReceiver>();
        services.TryAddTransient<CandidateOptOut>();
        services.TryAddTransient<CandidateErasure>();
        services.TryAddTransient<HealthCheck>();
        return services;
    }
}
