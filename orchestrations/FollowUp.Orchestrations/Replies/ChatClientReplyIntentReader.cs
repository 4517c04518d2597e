using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FollowUp.Orchestrations.Replies;

/// <summary>
/// Reads a reply with a chat model, for phrasing no list foresees. The rules reader stays the floor:
/// with no model configured, or when the model fails, is slow or answers something unreadable, the
/// reply is read by the rules, so a reply is never left unread because a model was away.
/// </summary>
public sealed partial class ChatClientReplyIntentReader : IReplyIntentReader
{
    private const int MaxOutputTokens = 300;

    private readonly IChatClient? _chatClient;
    private readonly ReplyReaderOptions _options;
    private readonly RulesReplyIntentReader _rules;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    public ChatClientReplyIntentReader(
        IChatClient? chatClient,
        IOptions<ReplyReaderOptions> options,
        RulesReplyIntentReader rules,
        ILogger<ChatClientReplyIntentReader>? logger = null,
        TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(rules);
        _chatClient = chatClient;
        _options = options.Value;
        _rules = rules;
        _logger = logger ?? NullLogger<ChatClientReplyIntentReader>.Instance;
        _time = time ?? TimeProvider.System;
    }

    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "Any failure of the model falls back to the rules; a reply must always be read.")]
    public async ValueTask<ReplyReading> ReadAsync(string replyText, string? locale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replyText);
        var rules = _rules.Read(replyText);
        if (_chatClient is null || !_options.IsConfigured || string.IsNullOrWhiteSpace(replyText))
        {
            return rules;
        }

        using var timeout = new CancellationTokenSource(_options.TimeoutSpan, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var chatOptions = new ChatOptions
            {
                ModelId = _options.ModelId,
                Temperature = 0,
                MaxOutputTokens = MaxOutputTokens,
                ResponseFormat = ChatResponseFormat.Json,
            };
            var response = await _chatClient.GetResponseAsync(ReplyReadingPrompt.Messages(replyText, locale), chatOptions, linked.Token).ConfigureAwait(false);
            if (ModelAnswer.TryRead(response.Text, replyText, rules.AsksQuestion, out var reading))
            {
                return reading;
            }

            LogUnreadableAnswer(_logger, _options.ModelId);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogTimedOut(_logger, _options.ModelId, _options.TimeoutSpan);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogFailed(_logger, _options.ModelId, exception);
        }

        return rules;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reply reading: model {Model} gave no readable answer; the rules read the reply")]
    private static partial void LogUnreadableAnswer(ILogger logger, string? model);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reply reading: model {Model} did not answer within {Timeout}; the rules read the reply")]
    private static partial void LogTimedOut(ILogger logger, string? model, TimeSpan timeout);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reply reading: model {Model} failed; the rules read the reply")]
    private static partial void LogFailed(ILogger logger, string? model, Exception exception);
}
