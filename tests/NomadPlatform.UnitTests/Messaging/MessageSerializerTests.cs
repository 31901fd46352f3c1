using NomadPlatform.Contracts.Approval;
using NomadPlatform.Infrastructure.Outbox;

namespace NomadPlatform.UnitTests.Messaging;

public sealed class MessageSerializerTests
{
    [Fact]
    public void An_outbox_row_turns_back_into_the_same_contract_message()
    {
        var notification = new NotificationIssued
        {
            CaseId = Guid.NewGuid(),
            Iin = "791028302728",
            NotificationNumber = "MS-2026-1",
            ValidUntil = new DateTimeOffset(2026, 12, 25, 9, 0, 0, TimeSpan.Zero),
            PassportExpiresOn = new DateOnly(2031, 1, 1),
            OccurredAt = new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero),
        };

        var (message, type) = MessageSerializer.Deserialize(MessageSerializer.TypeName(typeof(NotificationIssued)), MessageSerializer.Serialize(notification));

        Assert.Equal(typeof(NotificationIssued), type);
        Assert.Equal(notification, message);
    }
}
