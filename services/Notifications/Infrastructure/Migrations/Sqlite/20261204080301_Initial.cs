using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NomadPlatform.Notifications.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseApplicants",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Iin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseApplicants", x => x.CaseId);
                });

            migrationBuilder.CreateTable(
                name: "Contacts",
                columns: table => new
                {
                    Iin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contacts", x => x.Iin);
                });

            migrationBuilder.CreateTable(
                name: "InboxStates",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConsumerId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxStates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Notices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Iin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Values = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MailTo = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    MailAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    MailLanguage = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    MailLastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    MailNextAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MailSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MailState = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    SequenceNumber = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MessageType = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TraceParent = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    EnqueuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.SequenceNumber);
                });

            migrationBuilder.CreateTable(
                name: "Reminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Iin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Values = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StaffRoleGrants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Iin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    GrantedBy = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    GrantedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    WithdrawnBy = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffRoleGrants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SystemCredentials",
                columns: table => new
                {
                    SerialNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Certificate = table.Column<byte[]>(type: "BLOB", nullable: false),
                    EncryptedKey = table.Column<byte[]>(type: "BLOB", nullable: false),
                    NotAfter = table.Column<long>(type: "INTEGER", nullable: false),
                    EnrolledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SystemCredentials", x => x.SerialNumber);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InboxStates_MessageId_ConsumerId",
                table: "InboxStates",
                columns: new[] { "MessageId", "ConsumerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notices_Iin_ReceivedAt",
                table: "Notices",
                columns: new[] { "Iin", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_DeliveredAt_SequenceNumber",
                table: "OutboxMessages",
                columns: new[] { "DeliveredAt", "SequenceNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_MessageId",
                table: "OutboxMessages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_CaseId",
                table: "Reminders",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_Iin",
                table: "Reminders",
                column: "Iin");

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_SentAt_WithdrawnAt_DueAt",
                table: "Reminders",
                columns: new[] { "SentAt", "WithdrawnAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffRoleGrants_Iin_Role",
                table: "StaffRoleGrants",
                columns: new[] { "Iin", "Role" });

            migrationBuilder.CreateIndex(
                name: "IX_SystemCredentials_NotAfter",
                table: "SystemCredentials",
                column: "NotAfter");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseApplicants");

            migrationBuilder.DropTable(
                name: "Contacts");

            migrationBuilder.DropTable(
                name: "InboxStates");

            migrationBuilder.DropTable(
                name: "Notices");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "Reminders");

            migrationBuilder.DropTable(
                name: "StaffRoleGrants");

            migrationBuilder.DropTable(
                name: "SystemCredentials");
        }
    }
}
