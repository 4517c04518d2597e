using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FollowUp.Orchestrations.Replies;

/// <summary>Registration of reply reading; a host that registers an <see cref="IChatClient"/> gets the model reader.</summary>
public static class ReplyReadingServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="IReplyIntentReader"/>: the model reader when an <see cref="IChatClient"/> is registered and
    /// <c>FollowUp:Replies:Model</c> names a model, the rules otherwise. The options are checked at start-up.
    /// </summary>
    public static IServiceCollection AddReplyIntentReading(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ReplyReaderOptions>()
            .Bind(configuration.GetSection(ReplyReaderOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReplyReaderOptions>, ReplyReaderOptionsValidator>());
        services.TryAddSingleton<RulesReplyIntentReader>();
        services.TryAddSingleton<IReplyIntentReader>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ReplyReaderOptions>>();
            return sp.GetService<IChatClient>() is { } chatClient && options.Value.IsConfigured
                ? ActivatorUtilities.CreateInstance<ChatClientReplyIntentReader>(sp, chatClient)
                : sp.GetRequiredService<RulesReplyIntentReader>();
        });
        return services;
    }
}
