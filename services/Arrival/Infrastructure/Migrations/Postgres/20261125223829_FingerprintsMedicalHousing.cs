using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NomadPlatform.Arrival.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FingerprintsMedicalHousing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DuplicateClearance",
                table: "Arrivals",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DuplicatesClearedAt",
                table: "Arrivals",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "FingerprintsRegisteredAt",
                table: "Arrivals",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HousingContractAddress",
                table: "Arrivals",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "HousingContractEndsOn",
                table: "Arrivals",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "HousingContractStartsOn",
                table: "Arrivals",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LandlordIinOrBin",
                table: "Arrivals",
                type: "character varying(12)",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LandlordName",
                table: "Arrivals",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MedicalCertificateNumber",
                table: "Arrivals",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MedicalClinic",
                table: "Arrivals",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "MedicalExaminedOn",
                table: "Arrivals",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MedicalUnfitReason",
                table: "Arrivals",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "MedicallyFit",
                table: "Arrivals",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MissingFingers",
                table: "Arrivals",
                type: "jsonb",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FingerprintDuplicateFlags",
                columns: table => new
                {
                    MatchedCaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    MatchedIin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Fingers = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FlaggedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FingerprintDuplicateFlags", x => new { x.CaseId, x.MatchedCaseId });
                    table.ForeignKey(
                        name: "FK_FingerprintDuplicateFlags_Arrivals_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Arrivals",
                        principalColumn: "CaseId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FingerprintIndexKeys",
                columns: table => new
                {
                    Key = table.Column<int>(type: "integer", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Iin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FingerprintIndexKeys", x => new { x.Key, x.CaseId, x.Position });
                });

            migrationBuilder.CreateTable(
                name: "FingerprintTemplates",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Iin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Quality = table.Column<int>(type: "integer", nullable: false),
                    Template = table.Column<byte[]>(type: "bytea", maxLength: 8192, nullable: false),
                    Sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FingerprintTemplates", x => new { x.CaseId, x.Position });
                    table.ForeignKey(
                        name: "FK_FingerprintTemplates_Arrivals_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Arrivals",
                        principalColumn: "CaseId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FingerprintIndexKeys_CaseId",
                table: "FingerprintIndexKeys",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_FingerprintTemplates_Position_Iin",
                table: "FingerprintTemplates",
                columns: new[] { "Position", "Iin" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FingerprintDuplicateFlags");

            migrationBuilder.DropTable(
                name: "FingerprintIndexKeys");

            migrationBuilder.DropTable(
                name: "FingerprintTemplates");

            migrationBuilder.DropColumn(
                name: "DuplicateClearance",
                table: "Arrivals");

            migrationBuilder.DropColumn(
                name: "DuplicatesClearedAt",
                table: "Arrivals");

            migrationBuilder.DropColumn(
                name: "FingerprintsRegisteredAt",
                table: "Arrivals");

            migrationBuilder.DropColumn(
                name: "HousingContractAddress",
                table: "Arrivals");

            migrationBuilder.DropColumn(
                name: "HousingContractEndsOn",
                table: "Arrivals");

            migrationBuilder.DropColumn(
                name: "HousingContractStartsOn",
                table: "Arrivals");

            migrationBuilder.DropColumn(
                name: "LandlordIinOrBin",
                table: "Arrivals");

            migrationBuilder.DropColumn(
                name: "LandlordName",
                table: "Arrivals");

            migrationBuilder.DropColumn(
                name: "MedicalCertificateNumber",
                table: "Arrivals");

            migrationBuilder.DropColumn(
                name: "MedicalClinic",
                table: "Arrivals");

            migrationBuilder.DropColumn(
                name: "MedicalExaminedOn",
                table: "Arrivals");

            migrationBuilder.DropColumn(
                name: "MedicalUnfitReason",
                table: "Arrivals");

            migrationBuilder.DropColumn(
                name: "MedicallyFit",
                table: "Arrivals");

            migrationBuilder.DropColumn(
                name: "MissingFingers",
                table: "Arrivals");
        }
    }
}
