using FollowUp.Orchestrations.Activities;
using FollowUp.Orchestrations.Intake;
using FollowUp.Orchestrations.Operations.Cancellation;
using FollowUp.Orchestrations.Operations.Erasure;
using FollowUp.Orchestrations.Operations.Inbound;
using FollowUp.Orchestrations.Operations.OptOut;
using FollowUp.Orchestrations.Operations.Reactions;
using FollowUp.Orchestrations.Policy;
using FollowUp.Orchestrations.Storage;
using FollowUp.Orchestrations.Storage.InMemory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FollowUp.Orchestrations;

/// <summary>Registration shared by every host: the Functions app, the local host and the tests.</summary>
public static class FollowUpServiceCollectionExtensions
{
    /// <summary>
    /// The playbook's services: the policy (validated at start-up), the activities, the intake, and
    /// process-local stores unless a host registered durable ones first.
    /// </summary>
    public static IServiceCollection AddFollowUpPlaybook(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<FollowUpPolicyOptions>()
            .Bind(configuration.GetSection(FollowUpPolicyOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FollowUpPolicyOptions>, FollowUpPolicyOptionsValidator>());
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<FollowUpPolicyOptions>>().Value.ToPolicy());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IInterviewStore, InMemoryInterviewStore>();
        services.TryAddSingleton<ITalentPool, InMemoryTalentPool>();
        services.TryAddSingleton<IRetrospectiveStore, InMemoryRetrospectiveStore>();
        services.TryAddSingleton<ITimeline, InMemoryTimeline>();
        services.TryAddSingleton<IInboundMessageLog, InMemoryInboundMessageLog>();

        services.TryAddTransient<RecordInterview>();
        services.TryAddTransient<SendEmail>();
        services.TryAddTransient<UpdateTalentPool>();
        services.TryAddTransient<WriteRetrospective>();

        services.TryAddSingleton<InterviewReportValidator>();
        services.TryAddTransient<InterviewIntake>();
        services.TryAddTransient<Operations.HealthCheck>();

        // The HTTP routes' services. The inbound secret is checked when first used; hosts that serve
        // the routes check it at start-up too (AddFollowUpHttpApi).
        services.AddOptions<InboundEmailOptions>().Bind(configuration.GetSection(InboundEmailOptions.SectionName));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<InboundEmailOptions>, InboundEmailOptionsValidator>());
        services.TryAddTransient<InterviewReactions>();
        services.TryAddTransient<InterviewCancellation>();
        services.TryAddTransient<InboundEmailReceiver>();
        services.TryAddTransient<CandidateOptOut>();
        services.TryAddTransient<CandidateErasure>();
        return services;
    }

    /// <summary>
    /// <see cref="AddFollowUpPlaybook"/> for a host that serves DESIGN §2's routes: a missing or short
    /// <c>FollowUp:Inbound:SigningSecret</c> stops start-up instead of failing the first inbound email.
    /// Test hosts that never take inbound email use <see cref="AddFollowUpPlaybook"/> and need no secret.
    /// </summary>
    public static IServiceCollection AddFollowUpHttpApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddFollowUpPlaybook(configuration);
        services.AddOptions<InboundEmailOptions>().ValidateOnStart();
        return services;
    }
}
