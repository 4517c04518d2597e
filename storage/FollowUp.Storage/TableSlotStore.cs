using Azure;
using Azure.Data.Tables;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Storage;

namespace FollowUp.Storage;

/// <summary>
/// One partition per owner (PartitionKey = owner key) with three kinds of rows: <c>offer|{interview}|{slot}</c>
/// (what a case offers), <c>slot|{slot}</c> (the slot is booked, by which case) and <c>case|{interview}</c>
/// (the case has booked). A booking inserts the last two in one transaction: inserts fail when the row
/// exists, so of two racing bookings of a slot, or two bookings through one link, exactly one commits.
/// </summary>
public sealed class TableSlotStore(FollowUpTables tables) : ISlotStore
{
    private const string InterviewId = nameof(InterviewId);
    private const string SlotId = nameof(SlotId);
    private const string StartsAt = nameof(StartsAt);
    private const string DurationMinutes = nameof(DurationMinutes);
    private const string With = nameof(With);
    private const string Location = nameof(Location);
    private const string OfferedAt = nameof(OfferedAt);
    private const string BookedAt = nameof(BookedAt);

    public async Task OfferAsync(SlotOffer offer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(offer);
        var table = await Table(cancellationToken).ConfigureAwait(false);
        var partition = TableKeys.Safe(offer.OwnerKey);
        var keep = offer.Slots.Select(s => OfferRow(offer.InterviewId, s.Id)).ToHashSet(StringComparer.Ordinal);
        await foreach (var row in QueryOffersAsync(table, partition, offer.InterviewId, cancellationToken).ConfigureAwait(false))
        {
            if (!keep.Contains(row.RowKey))
            {
                await table.DeleteRowAsync(partition, row.RowKey, cancellationToken).ConfigureAwait(false);
            }
        }

        foreach (var slot in offer.Slots)
        {
            var entity = new TableEntity(partition, OfferRow(offer.InterviewId, slot.Id))
            {
                [InterviewId] = offer.InterviewId,
                [SlotId] = slot.Id,
                [StartsAt] = slot.StartsAt.ToString("O"),
                [DurationMinutes] = slot.DurationMinutes,
                [With] = slot.With,
                [Location] = slot.Location,
                [OfferedAt] = offer.OfferedAt,
            };
            await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<SlotBoard> ReadAsync(string ownerKey, string interviewId, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken).ConfigureAwait(false);
        var partition = TableKeys.Safe(ownerKey);
        var slots = new List<OfferedSlot>();
        await foreach (var row in QueryOffersAsync(table, partition, interviewId, cancellationToken).ConfigureAwait(false))
        {
            var holder = await table.GetEntityIfExistsAsync<TableEntity>(partition, SlotRow(row.GetString(SlotId)), cancellationToken: cancellationToken).ConfigureAwait(false);
            var bookedByOther = holder.HasValue && holder.Value!.GetString(InterviewId) != interviewId;
            slots.Add(new OfferedSlot(ToSlot(row), row.GetDateTimeOffset(OfferedAt) ?? DateTimeOffset.MinValue, bookedByOther));
        }

        return new SlotBoard(slots.OrderBy(s => s.Slot.StartsAt).ToList(), await FindBookingAsync(table, partition, interviewId, cancellationToken).ConfigureAwait(false));
    }

    public async Task<SlotBookingResult> BookAsync(string ownerKey, string interviewId, string slotId, DateTimeOffset bookedAt, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken).ConfigureAwait(false);
        var partition = TableKeys.Safe(ownerKey);
        var offered = await table.GetEntityIfExistsAsync<TableEntity>(partition, OfferRow(interviewId, slotId), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!offered.HasValue)
        {
            return new SlotBookingResult.NotOffered();
        }

        TableTransactionAction[] booking =
        [
            new(TableTransactionActionType.Add, new TableEntity(partition, SlotRow(slotId)) { [InterviewId] = interviewId, [BookedAt] = bookedAt }),
            new(TableTransactionActionType.Add, new TableEntity(partition, CaseRow(interviewId)) { [InterviewId] = interviewId, [SlotId] = slotId, [BookedAt] = bookedAt }),
        ];
        try
        {
            await table.SubmitTransactionAsync(booking, cancellationToken).ConfigureAwait(false);
            return new SlotBookingResult.Booked(ToSlot(offered.Value!), bookedAt);
        }
        catch (TableTransactionFailedException failure) when (failure.Status == StatusCodes.Conflict)
        {
            // Which insert lost tells the two answers apart; the case row is checked first, so a second
            // submit of a link whose slot we hold reads as "already booked", not "taken".
            return await FindBookingAsync(table, partition, interviewId, cancellationToken).ConfigureAwait(false) is { } existing
                ? new SlotBookingResult.AlreadyBooked(existing)
                : new SlotBookingResult.Taken();
        }
    }

    public async Task<int> DeleteForInterviewAsync(string interviewId, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken).ConfigureAwait(false);
        var removed = 0;
        var rows = table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"InterviewId eq {interviewId}"), cancellationToken: cancellationToken);
        var keys = new List<(string Partition, string Row)>();
        await foreach (var row in rows.ConfigureAwait(false))
        {
            keys.Add((row.PartitionKey, row.RowKey));
        }

        foreach (var (partition, row) in keys)
        {
            await table.DeleteRowAsync(partition, row, cancellationToken).ConfigureAwait(false);
            removed++;
        }

        return removed;
    }

    private static AsyncPageable<TableEntity> QueryOffersAsync(TableClient table, string partition, string interviewId, CancellationToken cancellationToken)
    {
        // '}' sorts right after '|', so this range is exactly the case's offer rows.
        var from = OfferRow(interviewId, string.Empty);
        var to = from[..^1] + "}";
        return table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {from} and RowKey lt {to}"),
            cancellationToken: cancellationToken);
    }

    private static async Task<SlotBooking?> FindBookingAsync(TableClient table, string partition, string interviewId, CancellationToken cancellationToken)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(partition, CaseRow(interviewId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? new SlotBooking(row.Value!.GetString(SlotId), row.Value.GetDateTimeOffset(BookedAt) ?? DateTimeOffset.MinValue) : null;
    }

    private static InterviewSlot ToSlot(TableEntity row) => new()
    {
        StartsAt = DateTimeOffset.Parse(row.GetString(StartsAt), System.Globalization.CultureInfo.InvariantCulture),
        DurationMinutes = row.GetInt32(DurationMinutes) ?? 60,
        With = row.GetString(With),
        Location = row.GetString(Location),
    };

    private static string OfferRow(string interviewId, string slotId) => $"offer|{TableKeys.Safe(interviewId)}|{slotId}";

    private static string SlotRow(string slotId) => $"slot|{slotId}";

    private static string CaseRow(string interviewId) => $"case|{TableKeys.Safe(interviewId)}";

    private Task<TableClient> Table(CancellationToken cancellationToken) =>
        tables.GetAsync(TableStorageNames.Slots, cancellationToken);
}
