using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NomadPlatform.Approval.Infrastructure.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class FilingDutyAndDeadlines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<DateTimeOffset>(
                name: "ReviewDueAt",
                table: "RpApplications",
                type: "datetimeoffset",
                nullable: true,
                oldClrType: typeof(DateTimeOffset),
                oldType: "datetimeoffset");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CancelledAt",
                table: "RpApplications",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DutyPaymentReference",
                table: "RpApplications",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "RpApplications",
                type: "nvarchar(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "FiledAt",
                table: "RpApplications",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IntendedAddress",
                table: "RpApplications",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Phone",
                table: "RpApplications",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RefusalGrounds",
                table: "RpApplications",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReviewBreachedAt",
                table: "RpApplications",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DutyPayments",
                columns: table => new
                {
                    Reference = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AmountKzt = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    DueKzt = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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

            migrationBuilder.AlterColumn<DateTimeOffset>(
                name: "ReviewDueAt",
                table: "RpApplications",
                type: "datetimeoffset",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)),
                oldClrType: typeof(DateTimeOffset),
                oldType: "datetimeoffset",
                oldNullable: true);
        }
    }
}
