#!/usr/bin/env python3
"""Writes the certificates the IIS mapping tests read (run once; the files are committed).

A Contoso issuing CA (self-signed: installed as a root in the tests) and three clients:
a member of staff with two OUs, a contractor, and one from another company. All valid
from 2025-01-01 to 2045-01-01, keys thrown away: the mapping tests only read certificates.
"""
import datetime

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

START = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)
END = datetime.datetime(2045, 1, 1, tzinfo=datetime.timezone.utc)


def name(*parts):
    return x509.Name([x509.NameAttribute(oid, value) for oid, value in parts])


def write(path, cert):
    with open(path, "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))


ca_key = ec.generate_private_key(ec.SECP256R1())
ca_name = name((NameOID.COUNTRY_NAME, "US"), (NameOID.ORGANIZATION_NAME, "Contoso"),
               (NameOID.COMMON_NAME, "Contoso Issuing CA"))
ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
      .public_key(ca_key.public_key()).serial_number(1)
      .not_valid_before(START).not_valid_after(END)
      .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
      .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False),
                     critical=True)
      .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
      .sign(ca_key, hashes.SHA256()))
write("contoso-ca.pem", ca)

clients = {
    "alice.pem": name((NameOID.COUNTRY_NAME, "US"), (NameOID.STATE_OR_PROVINCE_NAME, "WA"),
                      (NameOID.LOCALITY_NAME, "Redmond"), (NameOID.ORGANIZATION_NAME, "Contoso"),
                      (NameOID.ORGANIZATIONAL_UNIT_NAME, "Staff"),
                      (NameOID.ORGANIZATIONAL_UNIT_NAME, "Human Resources"),
                      (NameOID.COMMON_NAME, "Alice Smith"),
                      (NameOID.EMAIL_ADDRESS, "alice@contoso.example")),
    "carl.pem": name((NameOID.COUNTRY_NAME, "US"), (NameOID.ORGANIZATION_NAME, "Contoso"),
                     (NameOID.ORGANIZATIONAL_UNIT_NAME, "Contractors"),
                     (NameOID.COMMON_NAME, "Carl Contractor")),
    "fabrikam.pem": name((NameOID.COUNTRY_NAME, "US"), (NameOID.ORGANIZATION_NAME, "Fabrikam"),
                         (NameOID.COMMON_NAME, "Frank Fabrikam")),
}
for serial, (path, subject) in enumerate(clients.items(), start=100):
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(ca_name)
            .public_key(key.public_key()).serial_number(serial)
            .not_valid_before(START).not_valid_after(END)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(True, False, False, False, False, False, False, False,
                                         False), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                           critical=False)
            .sign(ca_key, hashes.SHA256()))
    write(path, cert)
