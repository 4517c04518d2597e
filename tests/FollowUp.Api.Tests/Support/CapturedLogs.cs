using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace FollowUp.Api.Tests.Support;

/// <summary>
/// A logger provider that keeps every log line as an exporter would see it: the formatted message,
/// the exception, every structured value and every scope value.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<CapturedLog> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<CapturedLog> Lines => _lines.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = new List<string>();
            Collect(state, values);
            var scopes = new List<string>();
            owner._scopes.ForEachScope((scope, list) => Collect(scope, list), scopes);
            owner._lines.Enqueue(new CapturedLog(category, logLevel, formatter(state, exception), exception?.ToString(), values, scopes));
        }

        private static void Collect(object? state, List<string> into)
        {
            if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                into.AddRange(pairs.Select(p => $"{p.Key}={p.Value}"));
            }

            into.Add(state?.ToString() ?? string.Empty);
        }
    }
}

public sealed record CapturedLog(string Category, LogLevel Level, string Message, string? Exception, IReadOnlyList<string> Values, IReadOnlyList<string> Scopes)
{
    /// <summary>Everything of the line an exporter could send.</summary>
    public string AllText => string.Join('\n', [Category, Message, Exception ?? string.Empty, .. Values, .. Scopes]);
}
