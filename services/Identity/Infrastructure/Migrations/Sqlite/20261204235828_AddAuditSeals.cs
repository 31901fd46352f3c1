using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NomadPlatform.Identity.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddAuditSeals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditSeals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChainIndex = table.Column<long>(type: "INTEGER", nullable: false),
                    HeadHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    SealedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Bin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    CertificateSerial = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Signature = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditSeals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SealCredentials",
                columns: table => new
                {
                    SerialNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Certificate = table.Column<byte[]>(type: "BLOB", nullable: false),
                    EncryptedKey = table.Column<byte[]>(type: "BLOB", nullable: false),
                    NotAfter = table.Column<long>(type: "INTEGER", nullable: false),
                    EnrolledAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SealCredentials", x => x.SerialNumber);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditSeals_ChainIndex",
                table: "AuditSeals",
                column: "ChainIndex",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SealCredentials_NotAfter",
                table: "SealCredentials",
                column: "NotAfter");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditSeals");

            migrationBuilder.DropTable(
                name: "SealCredentials");
        }
    }
}
