using Microsoft.DurableTask;

namespace FollowUp.Benchmarks.Harness;

/// <summary>The runtime's floor: an orchestration that calls one activity that does nothing.</summary>
public sealed class BareOrchestrator : TaskOrchestrator<string, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.CallActivityAsync<string>(nameof(NoOpActivity), input);
    }
}

/// <summary>Does nothing but tell the benchmark it ran (an in-memory signal, no I/O).</summary>
public sealed class NoOpActivity(CompletionBoard board) : TaskActivity<string, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, string input)
    {
        board.Report(input, "NoOp");
        return Task.FromResult(input);
    }
}
