using System.Reflection;
using FollowUp.Functions.Durable;
using FollowUp.Orchestrations.Playbook;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace FollowUp.Functions.Tests;

public sealed class DurableFunctionNamesTests
{
    private static readonly HashSet<string> FunctionNames = typeof(FollowUpOrchestratorFunction).Assembly
        .GetTypes()
        .SelectMany(t => t.GetMethods())
        .Select(m => m.GetCustomAttribute<FunctionAttribute>()?.Name)
        .OfType<string>()
        .ToHashSet(StringComparer.Ordinal);

    public static TheoryData<string> SharedDurableTasks()
    {
        // Every orchestrator and activity of the shared library: the orchestration calls them by type name.
        var names = typeof(FollowUpOrchestrator).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && IsDurableTask(t))
            .Select(t => t.Name);
        return new TheoryData<string>(names);
    }

    [Theory]
    [MemberData(nameof(SharedDurableTasks))]
    public void Every_shared_orchestrator_and_activity_has_a_function_of_the_same_name(string taskName)
    {
        Assert.Contains(taskName, FunctionNames);
    }

    private static bool IsDurableTask(Type type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && (current.GetGenericTypeDefinition() == typeof(TaskActivity<,>) || current.GetGenericTypeDefinition() == typeof(TaskOrchestrator<,>)))
            {
                return true;
            }
        }

        return false;
    }
}
