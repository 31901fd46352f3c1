using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NomadPlatform.Approval.Infrastructure.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class FamilyVisas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "PermitValidUntil",
                table: "RpApplications",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FamilyVisas",
                columns: table => new
                {
                    Number = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    PrincipalCaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MemberName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Relationship = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    MemberBirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    MemberPassportNumber = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    Renewals = table.Column<int>(type: "int", nullable: false),
                    RightToWork = table.Column<bool>(type: "bit", nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyVisas", x => x.Number);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FamilyVisas_PrincipalCaseId_MemberPassportNumber",
                table: "FamilyVisas",
                columns: new[] { "PrincipalCaseId", "MemberPassportNumber" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FamilyVisas");

            migrationBuilder.DropColumn(
                name: "PermitValidUntil",
                table: "RpApplications");
        }
    }
}
