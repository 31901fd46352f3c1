using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NomadPlatform.Approval.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FilingDutyAndDeadlines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<long>(
                name: "ReviewDueAt",
                table: "RpApplications",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<long>(
                name: "CancelledAt",
                table: "RpApplications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DutyPaymentReference",
                table: "RpApplications",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "RpApplications",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FiledAt",
                table: "RpApplications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IntendedAddress",
                table: "RpApplications",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Phone",
                table: "RpApplications",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RefusalGrounds",
                table: "RpApplications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReviewBreachedAt",
                table: "RpApplications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DutyPayments",
                columns: table => new
                {
                    Reference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AmountKzt = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    DueKzt = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DutyPayments", x => x.Reference);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DutyPayments_CaseId",
                table: "DutyPayments",
                column: "CaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DutyPayments");

            migrationBuilder.DropColumn(
                name: "CancelledAt",
                table: "RpApplications");

            migrationBuilder.DropColumn(
                name: "DutyPaymentReference",
                table: "RpApplications");

            migrationBuilder.DropColumn(
                name: "Email",
                table: "RpApplications");

            migrationBuilder.DropColumn(
                name: "FiledAt",
                table: "RpApplications");

            migrationBuilder.DropColumn(
                name: "IntendedAddress",
                table: "RpApplications");

            migrationBuilder.DropColumn(
                name: "Phone",
                table: "RpApplications");

            migrationBuilder.DropColumn(
                name: "RefusalGrounds",
                table: "RpApplications");

            migrationBuilder.DropColumn(
                name: "ReviewBreachedAt",
                table: "RpApplications");

            migrationBuilder.AlterColumn<long>(
                name: "ReviewDueAt",
                table: "RpApplications",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
