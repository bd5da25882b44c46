package io.diplomaticvisits.extract.model;

public enum AgreementType { JOINT_STATEMENT, AGREEMENT, MOU, DEALS, AID, OTHER }
