using FollowUp.Email.Tests.Support;
using FollowUp.Orchestrations.Emails;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace FollowUp.Email.Tests.Integration;

public sealed class PickupTransportTests : IDisposable
{
    private readonly TemporaryDirectory _outbox = new();

    [Fact]
    public async Task Dispatching_the_same_order_twice_writes_one_file()
    {
        using var services = Build();
        var dispatcher = services.GetRequiredService<IEmailDispatcher>();
        var order = SampleOrders.Order(EmailKind.ConsideringThanks);

        var first = await dispatcher.DispatchAsync(order, CancellationToken.None);
        var second = await dispatcher.DispatchAsync(order, CancellationToken.None);

        Assert.Single(Directory.GetFiles(_outbox.Path));
        Assert.False(first.WasDuplicate);
        Assert.True(second.WasDuplicate);
        Assert.Equal(first.ProviderOperationId, second.ProviderOperationId);
        Assert.Equal("Pickup", first.Transport);
    }

    [Fact]
    public async Task Concurrent_dispatches_of_one_order_write_one_file()
    {
        using var services = Build();
        var dispatcher = services.GetRequiredService<IEmailDispatcher>();
        // Many orders, each dispatched by many workers at once: a race that wins twice shows up here.
        var orders = Enumerable.Range(1, 10).Select(sequence => SampleOrders.Order(EmailKind.StatusCheck, sequence: sequence)).ToList();

        var receipts = await Task.WhenAll(orders.SelectMany(order => Enumerable.Range(0, 16).Select(_ => Task.Run(() => dispatcher.DispatchAsync(order, CancellationToken.None)))));

        Assert.Equal(orders.Count, Directory.GetFiles(_outbox.Path).Length);
        Assert.All(orders, order => Assert.Single(receipts, r => r.MessageKey == order.MessageKey && !r.WasDuplicate));
    }

    [Fact]
    public async Task The_file_parses_back_as_the_candidate_email_with_reply_token_and_unsubscribe_headers()
    {
        using var services = Build();
        var dispatcher = services.GetRequiredService<IEmailDispatcher>();

        var receipt = await dispatcher.DispatchAsync(SampleOrders.Order(EmailKind.ProceedConfirmation), CancellationToken.None);
        var message = await MimeMessage.LoadAsync(Path.Combine(_outbox.Path, receipt.ProviderOperationId!));

        Assert.Equal(SampleOrders.CandidateEmail, message.To.Mailboxes.Single().Address);
        Assert.Equal(SampleOrders.CandidateName, message.To.Mailboxes.Single().Name);
        Assert.Contains("次回面接", message.Subject, StringComparison.Ordinal);
        Assert.Contains(SampleOrders.With, message.TextBody, StringComparison.Ordinal);
        Assert.Contains(SampleOrders.With, message.HtmlBody, StringComparison.Ordinal);
        Assert.Matches("^reply\\+[a-z2-7]+@example\\.com$", message.ReplyTo.Mailboxes.Single().Address);
        Assert.StartsWith("<https://followup.example.com/api/opt-out?token=", message.Headers[HeaderId.ListUnsubscribe], StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
        Assert.Single(message.Attachments, a => a.ContentType.MimeType == "text/calendar");
    }

    [Fact]
    public async Task An_interrupted_write_leaves_no_eml_file_behind()
    {
        using var services = Build();
        var dispatcher = services.GetRequiredService<IEmailDispatcher>();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => dispatcher.DispatchAsync(SampleOrders.Order(EmailKind.DeclinedThanks), cancelled.Token));

        Assert.Empty(Directory.GetFiles(_outbox.Path, "*.eml"));
    }

    public void Dispose() => _outbox.Dispose();

    private ServiceProvider Build() => EmailHost.Build(new Dictionary<string, string?>
    {
        ["FollowUp:Email:Transport"] = "Pickup",
        ["FollowUp:Email:PickupDirectory"] = _outbox.Path,
    });
}
