using FollowUp.Orchestrations.Activities;
using FollowUp.Orchestrations.Intake;
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
        return services;
    }
}
