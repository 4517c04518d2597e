using System.Text.Json;
using FollowUp.Orchestrations.Playbook;
using Microsoft.DurableTask.Client;

namespace FollowUp.Orchestrations.Operations;

/// <summary>
/// A case's input and custom status as the routes read them. Null when absent or unreadable (an
/// instance written by something else under the id): a route then treats the case as unknown
/// rather than failing.
/// </summary>
internal static class CaseState
{
    public static FollowUpInput? InputOrNull(this OrchestrationMetadata instance) =>
        instance.SerializedInput is null ? null : Read(instance.ReadInputAs<FollowUpInput>);

    public static FollowUpStatus? StatusOrNull(this OrchestrationMetadata instance) =>
        instance.SerializedCustomStatus is null ? null : Read(instance.ReadCustomStatusAs<FollowUpStatus>);

    private static T? Read<T>(Func<T?> read)
        where T : class
    {
        try
        {
            return read();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
